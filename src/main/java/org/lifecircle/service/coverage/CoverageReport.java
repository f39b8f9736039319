package org.lifecircle.service.coverage;

import java.util.List;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.UnitReport;
import org.lifecircle.results.RunLayers;
import org.lifecircle.results.UnitLayers;

/**
 * Everything a coverage run produced, as the output writers need it.
 *
 * @param result per area and category coverage
 * @param assignment which district each area lies in
 * @param districtRows the per-district, per-category summary
 * @param summary the run's inputs, parameters, counts, problems and timings (summary.json)
 * @param layers the results as the outputs read them, built once
 * @param units the coverage of every unit level given and the tier checks
 * @param unitLayers the same as layers (units.csv, tiers.csv), built once
 */
public record CoverageReport(CoverageResult result, DistrictAssignment assignment, List<DistrictCoverage> districtRows,
                             CoverageSummary summary, RunLayers layers, UnitReport units, UnitLayers unitLayers) {

    /** A report with units, their layers built from them. */
    public CoverageReport(CoverageResult result, DistrictAssignment assignment, List<DistrictCoverage> districtRows,
                          CoverageSummary summary, RunLayers layers, UnitReport units) {
        this(result, assignment, districtRows, summary, layers, units, UnitLayers.of(units, result.profile()));
    }

    /** A report without unit levels. */
    public CoverageReport(CoverageResult result, DistrictAssignment assignment, List<DistrictCoverage> districtRows,
                          CoverageSummary summary, RunLayers layers) {
        this(result, assignment, districtRows, summary, layers, UnitReport.none());
    }

    /** Residential areas analysed. */
    public int areaCount() {
        return result.areas().size();
    }

    /** Facilities read (of every category). */
    public int facilityCount() {
        return result.facilities().size();
    }

    public int districtCount() {
        return assignment.districts().size();
    }

    /** The id of the profile applied. */
    public String profileId() {
        return result.profile().id();
    }
}
