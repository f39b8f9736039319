package org.lifecircle.service.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.lifecircle.coverage.AccessPointSampler;
import org.lifecircle.coverage.AgeEstimator;
import org.lifecircle.coverage.AssessedRules;
import org.lifecircle.coverage.AreaAccess;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageAnalysis;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssigner;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.PopulationEstimator;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.Snapper;
import org.lifecircle.coverage.TierWalk;
import org.lifecircle.coverage.UnitReport;
import org.lifecircle.results.RunLayers;
import org.lifecircle.results.UnitLayers;

/**
 * One loaded dataset with everything the map asks of it again and again: populations estimated,
 * districts assigned, access points snapped once, and coverage per threshold cached.
 */
final class DatasetSession {

    private static final int MAX_CACHED_RESULTS = 32;

    private final LoadedDataset dataset;
    private final PolicyProfile profile;
    private final List<ResidentialArea> areas;
    private final DistrictAssignment assignment;
    private final AreaAccess access;
    private final SpatialIndex index;
    private final Map<String, CoverageResult> cache = new ConcurrentHashMap<>();
    private final Map<CoverageResult, List<org.lifecircle.coverage.DistrictCoverage>> districtRows =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final Map<CoverageResult, RunLayers> layers =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final Map<CoverageResult, UnitLayers> unitLayers =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private volatile long checkedAtNanos;
    /** Area outlines simplified per zoom level, filled as viewports ask for them. */
    private final Map<Integer, org.locationtech.jts.geom.Geometry[]> outlinesByZoom = new ConcurrentHashMap<>();

    DatasetSession(LoadedDataset dataset, PolicyProfile profile) {
        this.dataset = dataset;
        this.profile = AssessedRules.of(profile, dataset.facilities()).profile();
        PopulationEstimator estimator = new PopulationEstimator();
        List<ResidentialArea> estimated = estimator.estimate(dataset.areas());
        DistrictAssignment districts = new DistrictAssigner(dataset.districts()).assign(estimated);
        this.areas = new AgeEstimator(districts, dataset.census(), dataset.censusAges(), profile.demandDefaults())
                .estimate(estimator.scaleToCensus(estimated, districts, dataset.census()));
        this.assignment = districts;
        this.access = AreaAccess.of(dataset.graph(), areas, Snapper.DEFAULT_MAX_SNAP_METERS,
                AccessPointSampler.DEFAULT_SPACING_METERS);
        this.index = new SpatialIndex(areas, dataset.facilities());
    }

    long checkedAtNanos() {
        return checkedAtNanos;
    }

    void checkedAt(long nanos) {
        this.checkedAtNanos = nanos;
    }

    /** The layers of a cached coverage result (what the map's answers and exports are encoded from), built once per result. */
    RunLayers layers(CoverageResult result) {
        if (cache.containsValue(result)) {
            return layers.computeIfAbsent(result, r -> RunLayers.of(r, assignment, districtRows(r)));
        }
        return RunLayers.of(result, assignment, districtRows(result));
    }

    /** The unit layers (units.csv's and tiers.csv's rows) of a cached coverage result, built once per result. */
    UnitLayers unitLayers(CoverageResult result) {
        if (cache.containsValue(result)) {
            return unitLayers.computeIfAbsent(result, this::buildUnitLayers);
        }
        return buildUnitLayers(result);
    }

    private UnitLayers buildUnitLayers(CoverageResult result) {
        return UnitLayers.of(UnitReport.of(result, dataset.units(),
                new TierWalk(dataset.graph(), Snapper.DEFAULT_MAX_SNAP_METERS)), result.profile());
    }

    /** District figures of a cached coverage result, summed once per result. */
    List<org.lifecircle.coverage.DistrictCoverage> districtRows(CoverageResult result) {
        if (cache.containsValue(result)) {
            return districtRows.computeIfAbsent(result, r -> org.lifecircle.coverage.DistrictSummary.summarize(r, assignment));
        }
        return org.lifecircle.coverage.DistrictSummary.summarize(result, assignment);
    }

    LoadedDataset dataset() {
        return dataset;
    }

    PolicyProfile profile() {
        return profile;
    }

    List<ResidentialArea> areas() {
        return areas;
    }

    DistrictAssignment assignment() {
        return assignment;
    }

    SpatialIndex index() {
        return index;
    }

    /** An area's outline simplified for a zoom level, computed once per area and zoom. */
    org.locationtech.jts.geom.Geometry outline(int area, int zoom) {
        org.locationtech.jts.geom.Geometry[] outlines = outlinesByZoom.computeIfAbsent(zoom,
                z -> new org.locationtech.jts.geom.Geometry[areas.size()]);
        org.locationtech.jts.geom.Geometry outline = outlines[area];
        if (outline == null) {
            outline = Simplify.forZoom(areas.get(area).polygon(), zoom);
            outlines[area] = outline; // a race only computes the same value twice
        }
        return outline;
    }

    /** Coverage of every area with the profile, or with one threshold for every category. */
    CoverageResult coverage(OptionalDouble maxWalkMeters) {
        String key = maxWalkMeters.isPresent() ? Double.toString(maxWalkMeters.getAsDouble()) : "profile";
        if (cache.size() > MAX_CACHED_RESULTS) {
            cache.clear();
            districtRows.clear();
            layers.clear();
            unitLayers.clear();
        }
        return cache.computeIfAbsent(key, k -> analyze(profileFor(maxWalkMeters), dataset.facilities()));
    }

    /** Coverage of one category with proposed facilities added to the existing ones. */
    CoverageResult whatIf(Category category, OptionalDouble maxWalkMeters, List<Facility> proposals) {
        CategoryRule rule = profileFor(maxWalkMeters).getRule(category);
        Map<Category, CategoryRule> only = new LinkedHashMap<>();
        only.put(category, rule);
        List<Facility> facilities = new ArrayList<>(dataset.facilities());
        facilities.addAll(proposals);
        return analyze(profile.withRules(only), facilities);
    }

    private PolicyProfile profileFor(OptionalDouble maxWalkMeters) {
        return maxWalkMeters.isPresent() ? profile.withMaxWalkMeters(maxWalkMeters.getAsDouble()) : profile;
    }

    private CoverageResult analyze(PolicyProfile applied, List<Facility> facilities) {
        return new CoverageAnalysis(dataset.graph(), facilities, areas, applied).areaAccess(access).run();
    }
}
