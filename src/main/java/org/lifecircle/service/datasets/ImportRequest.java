package org.lifecircle.service.datasets;

import org.lifecircle.service.coverage.DatasetSources;

/**
 * What {@code lifecircle import} stores.
 *
 * @param name the dataset's name (any text; an existing dataset of that name is replaced)
 * @param sources the input files, read exactly as {@code coverage} reads them
 */
public record ImportRequest(String name, DatasetSources sources) {
}
