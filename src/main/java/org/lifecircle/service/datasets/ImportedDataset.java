package org.lifecircle.service.datasets;

import org.lifecircle.store.DatasetInfo;

/**
 * What an import stored, as the API reports it (the server's file paths stay out).
 *
 * @param warnings what reading the files found worth a warning (a file that fits another coordinate
 *     system better), naming files by their names in the upload
 */
public record ImportedDataset(String name, String versionId, String createdAt, int nodes, int edges, int facilities,
                              int areas, int districts, java.util.List<String> warnings) {

    public ImportedDataset {
        warnings = java.util.List.copyOf(warnings);
    }

    static ImportedDataset of(DatasetInfo info) {
        return of(info, java.util.List.of());
    }

    static ImportedDataset of(DatasetInfo info, java.util.List<String> warnings) {
        var c = info.counts();
        return new ImportedDataset(info.name(), info.versionId(), info.createdAt().toString(), c.nodes(), c.edges(),
                c.facilities(), c.areas(), c.districts(), warnings);
    }
}
