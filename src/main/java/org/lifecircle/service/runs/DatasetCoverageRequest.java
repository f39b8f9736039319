package org.lifecircle.service.runs;

import java.nio.file.Path;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.store.RunKind;

/**
 * A coverage or batch run on a stored dataset ({@code --dataset NAME}).
 *
 * @param dataset the dataset's name
 * @param parameters profile and limits
 * @param outFolder where the outputs go (the same files as from the input files)
 * @param kind coverage (one set of files) or batch (one folder per district)
 */
public record DatasetCoverageRequest(String dataset, CoverageParameters parameters, Path outFolder, RunKind kind) {
}
