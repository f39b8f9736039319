package org.lifecircle.coverage;

import java.util.List;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/**
 * The outcome of a coverage analysis: per area and category the distance and the covered flag,
 * plus what could not be snapped.
 *
 * @param profile the profile whose thresholds were applied
 * @param searchLimitMeters how far the searches looked (distances beyond it are not reported)
 * @param facilities the facilities, indexed by {@link CategoryCoverage#facility()}
 * @param areas the areas, indexed by {@link AreaCoverage#area()}
 * @param coverage one entry per area, in area order
 * @param unsnapped facilities and areas that could not be joined to the network
 */
public record CoverageResult(PolicyProfile profile, double searchLimitMeters, List<Facility> facilities,
                             List<ResidentialArea> areas, List<AreaCoverage> coverage, List<Unsnapped> unsnapped) {

    public CoverageResult {
        facilities = List.copyOf(facilities);
        areas = List.copyOf(areas);
        coverage = List.copyOf(coverage);
        unsnapped = List.copyOf(unsnapped);
    }
}
