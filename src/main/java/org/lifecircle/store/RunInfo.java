package org.lifecircle.store;

import java.time.Instant;

/**
 * A saved run without its results.
 *
 * @param id {@code r} and a number, e.g. {@code r12}
 * @param datasetName the dataset it analysed
 * @param datasetVersionId that dataset's version at the time
 * @param createdAt when it ran
 * @param parameters how it ran
 * @param areas how many areas it has results for
 */
public record RunInfo(String id, String datasetName, String datasetVersionId, Instant createdAt,
                      RunParameters parameters, int areas) {
}
