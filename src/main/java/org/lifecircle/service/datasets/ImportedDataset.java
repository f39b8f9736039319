package org.lifecircle.service.datasets;

import org.lifecircle.store.DatasetInfo;

/** What an import stored, as the API reports it (the server's file paths stay out). */
public record ImportedDataset(String name, String versionId, String createdAt, int nodes, int edges, int facilities,
                              int areas, int districts) {

    static ImportedDataset of(DatasetInfo info) {
        var c = info.counts();
        return new ImportedDataset(info.name(), info.versionId(), info.createdAt().toString(), c.nodes(), c.edges(),
                c.facilities(), c.areas(), c.districts());
    }
}
