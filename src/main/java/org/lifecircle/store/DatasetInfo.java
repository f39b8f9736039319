package org.lifecircle.store;

import java.time.Instant;
import java.util.List;

/**
 * A dataset's name and current version.
 *
 * @param name the unique name (any text; stored as data)
 * @param versionId id of the version the name points to; a new one per import
 * @param createdAt when that version was imported
 * @param contentSha256 hex SHA-256 over the input files' roles, CRS and contents
 * @param sources the input files
 * @param counts what the version holds
 */
public record DatasetInfo(String name, String versionId, Instant createdAt, String contentSha256,
                          List<SourceFile> sources, DatasetCounts counts) {

    public DatasetInfo {
        sources = List.copyOf(sources);
    }
}
