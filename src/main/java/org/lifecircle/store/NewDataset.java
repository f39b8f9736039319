package org.lifecircle.store;

import java.time.Instant;
import java.util.List;

/**
 * Everything an import writes.
 *
 * @param name the dataset's name (1 to 200 characters, no control characters; quotes and SQL are fine)
 * @param createdAt the import's time
 * @param contentSha256 hex SHA-256 over the sources
 * @param sources the input files
 * @param network the walking graph's nodes and edges
 * @param build what building the graph dropped
 * @param features facilities, areas, districts, census totals and reading notes
 */
public record NewDataset(String name, Instant createdAt, String contentSha256, List<SourceFile> sources,
                         NetworkRows network, NetworkBuild build, DatasetFeatures features) {

    public NewDataset {
        DatasetNames.check(name);
        sources = List.copyOf(sources);
    }
}
