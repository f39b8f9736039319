package org.lifecircle.service.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.AgeEstimator;
import org.lifecircle.coverage.AssessedRules;
import org.lifecircle.coverage.CoverageAnalysis;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssigner;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.DistrictSummary;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.PopulationEstimator;
import org.lifecircle.coverage.TierWalk;
import org.lifecircle.coverage.UnitReport;
import org.lifecircle.model.Progress;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.results.RunLayers;
import org.lifecircle.service.Timer;

/**
 * The analysis shared by every coverage run, whatever its inputs came from: estimates
 * populations, assigns districts, decides coverage per area and category and sums up per district.
 */
public final class CoverageRun {

    private CoverageRun() {
    }

    public static CoverageReport analyze(CoverageData data, PolicyProfile given, CoverageParameters parameters, Timer timer) {
        return analyze(data, given, parameters, timer, Progress.NONE);
    }

    /** As {@link #analyze(CoverageData, PolicyProfile, CoverageParameters, Timer)}, telling its stages to the progress. */
    public static CoverageReport analyze(CoverageData data, PolicyProfile given, CoverageParameters parameters, Timer timer,
                                         Progress progress) {
        AssessedRules assessed = AssessedRules.of(given, data.facilities());
        PolicyProfile profile = assessed.profile();
        PopulationEstimator estimator = new PopulationEstimator();
        List<ResidentialArea> areas = estimator.estimate(data.areas());
        DistrictAssignment assignment = new DistrictAssigner(data.districts()).assign(areas);
        areas = estimator.scaleToCensus(areas, assignment, data.census());
        areas = new AgeEstimator(assignment, data.census(), data.censusAges(), profile.demandDefaults()).estimate(areas);
        timer.lap("inputs");
        CoverageResult result = new CoverageAnalysis(data.graph(), data.facilities(), areas, profile)
                .searchLimitMeters(parameters.searchLimitMeters()).maxSnapMeters(parameters.maxSnapMeters()).progress(progress)
                .run();
        List<DistrictCoverage> rows = DistrictSummary.summarize(result, assignment);
        UnitReport units = UnitReport.of(result, data.units(), new TierWalk(data.graph(), parameters.maxSnapMeters()));
        timer.lap("analysis");
        CoverageSummary summary = new CoverageSummary(inputsUsed(data, parameters),
                CoverageSummary.profileUsed(given, assessed, parameters.searchLimitMeters()),
                new CoverageSummary.Counts(data.graph().nodeCount(), data.graph().edgeCount(), areas.size(),
                        CoverageSummary.facilitiesByCategory(profile, data.facilities()), data.districts().size(),
                        outsideCount(assignment), CoverageSummary.gapsByCategory(result)),
                new CoverageSummary.PopulationMethod(estimator.personsPerSquareMeter(), estimator.plotRatio(),
                        CoverageSummary.areasByPopulationSource(areas), data.census().size()),
                new CoverageSummary.Problems(result.unsnapped(), data.repaired(), data.build().droppedComponents(),
                        data.build().droppedNodes(), data.skipped(), data.duplicateOsmNodes().orElse(null)),
                timer.millis(), warnings(data, result), CoverageSummary.overallShares(units));
        return new CoverageReport(result, assignment, rows, summary,
                RunLayers.of(result, assignment, rows, units.communityShares()), units);
    }

    private static List<String> warnings(CoverageData data, CoverageResult result) {
        List<String> warnings = new java.util.ArrayList<>(data.inputWarnings());
        warnings.addAll(RunWarnings.of(result));
        return warnings;
    }

    private static Map<String, Object> inputsUsed(CoverageData data, CoverageParameters parameters) {
        Map<String, Object> inputs = new LinkedHashMap<>(data.inputs());
        inputs.put("maxSnapMeters", parameters.maxSnapMeters());
        inputs.put("maxWalkMetersOverride", parameters.maxWalkMeters().isPresent()
                ? parameters.maxWalkMeters().getAsDouble() : null);
        return inputs;
    }

    private static int outsideCount(DistrictAssignment assignment) {
        int count = 0;
        for (int d : assignment.areaDistrict()) {
            count += d == DistrictAssigner.OUTSIDE ? 1 : 0;
        }
        return count;
    }
}
