package org.lifecircle.service.runs;

import java.nio.file.Path;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.store.RunKind;
import org.lifecircle.units.UnitLevel;

/**
 * A coverage or batch run on a stored dataset ({@code --dataset NAME}).
 *
 * @param dataset the dataset's name
 * @param parameters profile and limits
 * @param outFolder where the outputs go (the same files as from the input files)
 * @param kind coverage (one set of files) or batch (one folder per unit of {@code batchLevel})
 * @param batchLevel for a batch, the level whose units get a folder each
 */
public record DatasetCoverageRequest(String dataset, CoverageParameters parameters, Path outFolder, RunKind kind,
                                     UnitLevel batchLevel) {

    /** A run whose batch (if it is one) writes a folder per district. */
    public DatasetCoverageRequest(String dataset, CoverageParameters parameters, Path outFolder, RunKind kind) {
        this(dataset, parameters, outFolder, kind, UnitLevel.DISTRICT);
    }
}
