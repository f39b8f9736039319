package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.catchment.SourceDistance;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.Progress;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;

/**
 * Decides, on the network, which residential areas are within each category's threshold of a
 * facility: one multi-source search per category seeded with all its facilities, then each
 * area's access points are looked up in the search result. With capacities, each rule's supply
 * measures follow from one bounded search per facility ({@link RuleSupplyMeasure}).
 */
public final class CoverageAnalysis {

    /** Default search limit: gaps get a distance up to this far, beyond it only "none within". */
    public static final double DEFAULT_SEARCH_LIMIT_METERS = 2000;

    private final WalkingGraph graph;
    private final List<Facility> facilities;
    private final List<ResidentialArea> areas;
    private final PolicyProfile profile;
    private double searchLimitMeters = DEFAULT_SEARCH_LIMIT_METERS;
    private double maxSnapMeters = Snapper.DEFAULT_MAX_SNAP_METERS;
    private double accessPointSpacingMeters = AccessPointSampler.DEFAULT_SPACING_METERS;
    private AreaAccess areaAccess;
    private Progress progress = Progress.NONE;

    public CoverageAnalysis(WalkingGraph graph, List<Facility> facilities, List<ResidentialArea> areas,
                            PolicyProfile profile) {
        this.graph = graph;
        this.facilities = List.copyOf(facilities);
        this.areas = List.copyOf(areas);
        this.profile = profile;
    }

    /** How far to look for a facility; never less than a category's threshold. */
    public CoverageAnalysis searchLimitMeters(double meters) {
        this.searchLimitMeters = meters;
        return this;
    }

    public CoverageAnalysis maxSnapMeters(double meters) {
        this.maxSnapMeters = meters;
        return this;
    }

    public CoverageAnalysis accessPointSpacingMeters(double meters) {
        this.accessPointSpacingMeters = meters;
        return this;
    }

    /**
     * Reuses areas' snapped access points from an earlier analysis of the same areas and graph
     * (what-if scenarios change facilities only).
     */
    public CoverageAnalysis areaAccess(AreaAccess access) {
        if (access.areaCount() != areas.size()) {
            throw new IllegalArgumentException("access points of " + access.areaCount() + " areas for " + areas.size());
        }
        this.areaAccess = access;
        return this;
    }

    /** Tells each stage (access points, searches, supply and demand) to the progress; none by default. */
    public CoverageAnalysis progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public CoverageResult run() {
        Snapper snapper = new Snapper(graph, maxSnapMeters);
        List<Unsnapped> unsnapped = new ArrayList<>();
        Map<Category, FacilitySources> sources = snapFacilities(snapper, unsnapped);
        AreaAccess access = areaAccess != null ? areaAccess : accessPoints();
        unsnapped.addAll(access.unsnapped());
        Map<Category, SearchResult> searches = searches(sources);
        List<AreaCoverage> coverage = new ArrayList<>(areas.size());
        for (int a = 0; a < areas.size(); a++) {
            Map<Category, CategoryCoverage> byCategory = new LinkedHashMap<>();
            for (Category category : profile.categories()) {
                byCategory.put(category, areaCoverage(access.of(a), searches.get(category), sources.get(category),
                        profile.findRule(category).orElseThrow()));
            }
            coverage.add(new AreaCoverage(a, access.of(a).size(), byCategory));
        }
        Map<Category, RuleSupply> supply = new LinkedHashMap<>();
        try (Progress.Step step = progress.step("supply and demand", profile.categories().size(), "categories")) {
            for (Category category : profile.categories()) {
                supply.put(category, supply(profile.getRule(category), sources.get(category), access));
                step.advanceTo(supply.size());
            }
        }
        return new CoverageResult(profile, searchLimitMeters, facilities, areas, coverage, unsnapped, supply);
    }

    private AreaAccess accessPoints() {
        try (Progress.Step step = progress.step("snapping " + areas.size() + " areas to the network", 0, "")) {
            return AreaAccess.of(graph, areas, maxSnapMeters, accessPointSpacingMeters);
        }
    }

    /** One bounded multi-source search per category, from all its facilities at once. */
    private Map<Category, SearchResult> searches(Map<Category, FacilitySources> sources) {
        Map<Category, SearchResult> searches = new LinkedHashMap<>();
        try (Progress.Step step = progress.step("walking searches", profile.categories().size(), "categories")) {
            for (Category category : profile.categories()) {
                CategoryRule rule = profile.findRule(category).orElseThrow();
                searches.put(category, new MultiSourceSearch(graph, sources.get(category).snaps())
                        .maxWalkMeters(Math.max(searchLimitMeters, rule.maxWalkMeters()))
                        .countSnapDistance(true).run());
                step.advanceTo(searches.size());
            }
        }
        return searches;
    }

    /**
     * The rule's demand per area and, when any facility it counts has a capacity, access per 1,000
     * and served residents within its threshold ({@link RuleSupplyMeasure}).
     */
    private RuleSupply supply(CategoryRule rule, FacilitySources sources, AreaAccess access) {
        double[] demand = new double[areas.size()];
        for (int a = 0; a < areas.size(); a++) {
            ResidentialArea area = areas.get(a);
            demand[a] = area.ages().of(rule.scope().demandGroup(), area.population());
        }
        return new RuleSupplyMeasure(graph, access, rule, facilities, sources.snaps(), sources.facilityIndex(), demand)
                .run();
    }

    /** Snapped facilities of one category, with the index of each in the facility list. */
    private record FacilitySources(List<Snap> snaps, List<Integer> facilityIndex) {
    }

    /**
     * The facilities each rule counts (its scope: categories, inclusive ones only), snapped once
     * each; a facility no rule counts is not snapped.
     */
    private Map<Category, FacilitySources> snapFacilities(Snapper snapper, List<Unsnapped> unsnapped) {
        Map<Category, FacilitySources> byCategory = new LinkedHashMap<>();
        for (Category category : profile.categories()) {
            byCategory.put(category, new FacilitySources(new ArrayList<>(), new ArrayList<>()));
        }
        for (int f = 0; f < facilities.size(); f++) {
            Facility facility = facilities.get(f);
            List<Category> counting = profile.categories().stream()
                    .filter(c -> profile.getRule(c).scope().counts(facility)).toList();
            if (counting.isEmpty()) {
                continue;
            }
            Optional<Snap> snap = snapper.findSnap(facility.lon(), facility.lat());
            if (snap.isEmpty()) {
                unsnapped.add(new Unsnapped("facility", facility.id(), facility.name(),
                        "no walkable way within " + maxSnapMeters + " m"));
                continue;
            }
            for (Category category : counting) {
                byCategory.get(category).snaps().add(snap.get());
                byCategory.get(category).facilityIndex().add(f);
            }
        }
        return byCategory;
    }

    private static CategoryCoverage areaCoverage(List<Snap> accessPoints, SearchResult search, FacilitySources sources,
                                                 CategoryRule rule) {
        double best = Double.POSITIVE_INFINITY;
        int facility = -1;
        for (Snap point : accessPoints) {
            SourceDistance nearest = search.nearestTo(point);
            double distance = nearest.distanceMeters() + point.snapDistanceMeters();
            if (nearest.isReached() && distance < best && distance <= search.maxWalkMeters()) {
                best = distance;
                facility = sources.facilityIndex().get(nearest.source());
            }
        }
        return facility < 0 ? CategoryCoverage.NONE
                : new CategoryCoverage(best, facility, best <= rule.maxWalkMeters());
    }
}
