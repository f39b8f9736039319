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
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;

/**
 * Decides, on the network, which residential areas are within each category's threshold of a
 * facility: one multi-source search per category seeded with all its facilities, then each
 * area's access points are looked up in the search result.
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

    public CoverageResult run() {
        Snapper snapper = new Snapper(graph, maxSnapMeters);
        List<Unsnapped> unsnapped = new ArrayList<>();
        Map<Category, FacilitySources> sources = snapFacilities(snapper, unsnapped);
        AreaAccess access = areaAccess != null ? areaAccess
                : AreaAccess.of(graph, areas, maxSnapMeters, accessPointSpacingMeters);
        unsnapped.addAll(access.unsnapped());
        Map<Category, SearchResult> searches = new LinkedHashMap<>();
        for (Category category : profile.categories()) {
            CategoryRule rule = profile.findRule(category).orElseThrow();
            searches.put(category, new MultiSourceSearch(graph, sources.get(category).snaps())
                    .maxWalkMeters(Math.max(searchLimitMeters, rule.maxWalkMeters()))
                    .countSnapDistance(true).run());
        }
        List<AreaCoverage> coverage = new ArrayList<>(areas.size());
        for (int a = 0; a < areas.size(); a++) {
            Map<Category, CategoryCoverage> byCategory = new LinkedHashMap<>();
            for (Category category : profile.categories()) {
                byCategory.put(category, areaCoverage(access.of(a), searches.get(category), sources.get(category),
                        profile.findRule(category).orElseThrow()));
            }
            coverage.add(new AreaCoverage(a, access.of(a).size(), byCategory));
        }
        return new CoverageResult(profile, searchLimitMeters, facilities, areas, coverage, unsnapped);
    }

    /** Snapped facilities of one category, with the index of each in the facility list. */
    private record FacilitySources(List<Snap> snaps, List<Integer> facilityIndex) {
    }

    private Map<Category, FacilitySources> snapFacilities(Snapper snapper, List<Unsnapped> unsnapped) {
        Map<Category, FacilitySources> byCategory = new LinkedHashMap<>();
        for (Category category : profile.categories()) {
            byCategory.put(category, new FacilitySources(new ArrayList<>(), new ArrayList<>()));
        }
        for (int f = 0; f < facilities.size(); f++) {
            Facility facility = facilities.get(f);
            if (!byCategory.containsKey(facility.category())) {
                continue;  // a category this profile does not check
            }
            Optional<Snap> snap = snapper.findSnap(facility.lon(), facility.lat());
            if (snap.isPresent()) {
                byCategory.get(facility.category()).snaps().add(snap.get());
                byCategory.get(facility.category()).facilityIndex().add(f);
            } else {
                unsnapped.add(new Unsnapped("facility", facility.id(), facility.name(),
                        "no walkable way within " + maxSnapMeters + " m"));
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
