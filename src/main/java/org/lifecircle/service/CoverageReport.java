package org.lifecircle.service;

import java.util.List;
import org.lifecircle.results.RunLayers;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;

/**
 * Everything a coverage run produced, as the output writers need it.
 *
 * @param result per area and category coverage
 * @param assignment which district each area lies in
 * @param districtRows the per-district, per-category summary
 * @param summary the run's inputs, parameters, counts, problems and timings (summary.json)
 * @param layers the results as the outputs read them, built once
 */
public record CoverageReport(CoverageResult result, DistrictAssignment assignment, List<DistrictCoverage> districtRows,
                             CoverageSummary summary, RunLayers layers) {
}
