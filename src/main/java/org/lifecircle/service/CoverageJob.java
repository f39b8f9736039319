package org.lifecircle.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.CoverageAnalysis;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssigner;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictSummary;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.PopulationEstimator;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.io.profile.ProfileFiles;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.PedestrianAccess;

/**
 * The coverage use case: reads every input, builds the walking graph, estimates populations,
 * decides coverage per area and category, and sums up per district. Writing is separate
 * ({@link CoverageOutputs}) so that the batch run can write the same result per district.
 */
public final class CoverageJob {

    private final CoverageRequest request;

    public CoverageJob(CoverageRequest request) {
        this.request = request;
    }

    public CoverageReport run() {
        Timer timer = new Timer();
        PolicyProfile profile = profile();
        OsmNetwork network = new OsmNetworkLoader(PedestrianAccess.standard()).load(request.osmFile());
        timer.lap("network");
        CoverageInputs inputs = new CoverageInputs(request, network.graph().edgeIndex().bounds());
        List<Facility> facilities = inputs.facilities();
        List<District> districts = inputs.districts();
        PopulationEstimator estimator = new PopulationEstimator();
        List<ResidentialArea> areas = estimator.estimate(inputs.areas());
        DistrictAssignment assignment = new DistrictAssigner(districts).assign(areas);
        Map<Integer, Double> census = inputs.census(districts);
        areas = estimator.scaleToCensus(areas, assignment, census);
        timer.lap("inputs");
        CoverageResult result = new CoverageAnalysis(network.graph(), facilities, areas, profile)
                .searchLimitMeters(request.searchLimitMeters()).maxSnapMeters(request.maxSnapMeters()).run();
        var rows = DistrictSummary.summarize(result, assignment);
        timer.lap("analysis");
        CoverageSummary summary = new CoverageSummary(inputsUsed(), CoverageSummary.profileUsed(profile,
                request.searchLimitMeters()),
                new CoverageSummary.Counts(network.graph().nodeCount(), network.graph().edgeCount(), areas.size(),
                        CoverageSummary.facilitiesByCategory(facilities), districts.size(), outsideCount(assignment),
                        CoverageSummary.gapsByCategory(result)),
                new CoverageSummary.PopulationMethod(estimator.personsPerSquareMeter(), estimator.plotRatio(),
                        CoverageSummary.areasByPopulationSource(areas), census.size()),
                new CoverageSummary.Problems(result.unsnapped(), inputs.repaired(), network.build().droppedComponents(),
                        network.build().droppedNodes(), inputs.skipped()),
                timer.millis());
        return new CoverageReport(result, assignment, rows, summary);
    }

    private PolicyProfile profile() {
        PolicyProfile profile = ProfileFiles.load(request.profile());
        return request.maxWalkMeters().isPresent()
                ? profile.withMaxWalkMeters(request.maxWalkMeters().getAsDouble()) : profile;
    }

    private Map<String, Object> inputsUsed() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("osm", request.osmFile().toString());
        inputs.put("facilities", request.facilityFiles().isEmpty() ? "from the OSM file"
                : request.facilityFiles().stream().map(Object::toString).toList());
        inputs.put("residential", request.residentialFile().map(Object::toString).orElse("from the OSM file"));
        inputs.put("districts", request.districtFile().map(Object::toString).orElse(null));
        inputs.put("population", request.populationFile().map(Object::toString).orElse(null));
        inputs.put("maxSnapMeters", request.maxSnapMeters());
        inputs.put("maxWalkMetersOverride", request.maxWalkMeters().isPresent() ? request.maxWalkMeters().getAsDouble() : null);
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
