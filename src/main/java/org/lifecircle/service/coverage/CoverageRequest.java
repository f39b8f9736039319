package org.lifecircle.service.coverage;

import java.nio.file.Path;

/**
 * Inputs and parameters of a coverage run from files ({@code lifecircle coverage} and {@code batch}
 * with {@code --osm}).
 *
 * @param sources the input files
 * @param parameters profile and limits
 * @param outFolder where the outputs go
 */
public record CoverageRequest(DatasetSources sources, CoverageParameters parameters, Path outFolder) {
}
