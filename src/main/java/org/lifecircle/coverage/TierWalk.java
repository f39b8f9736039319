package org.lifecircle.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.lifecircle.model.Facility;
import org.lifecircle.network.WalkingGraph;

/**
 * Which areas are within a rule's walking threshold of a facility of one tier, for the tier
 * checks that also require the walk ({@link TierRule#walkMinPct()}): one more coverage search of
 * the rule, seeded with its facilities of that tier only, on the areas' access points of the run
 * (snapped once for every tier asked). Made for one result.
 */
public final class TierWalk {

    private final WalkingGraph graph;
    private final double maxSnapMeters;
    private final Map<String, boolean[]> done = new HashMap<>();
    private AreaAccess access;

    /** @param maxSnapMeters the run's snapping limit */
    public TierWalk(WalkingGraph graph, double maxSnapMeters) {
        this.graph = graph;
        this.maxSnapMeters = maxSnapMeters;
    }

    /**
     * Per area of the result, whether it is within the rule's threshold of one of its facilities of
     * the tier (searched once per rule and tier; one walk serves one result).
     */
    public boolean[] covered(CoverageResult result, CategoryRule rule, String tier) {
        return done.computeIfAbsent(rule.category().id() + " " + tier, k -> search(result, rule, tier)).clone();
    }

    private boolean[] search(CoverageResult result, CategoryRule rule, String tier) {
        if (access == null) {
            access = AreaAccess.of(graph, result.areas(), maxSnapMeters, AccessPointSampler.DEFAULT_SPACING_METERS);
        }
        // capacities dropped: only the covered flags are wanted, not the rule's supply figures
        List<Facility> ofTier = result.facilities().stream()
                .filter(f -> tier.equals(f.tier()) && rule.scope().counts(f))
                .map(f -> new Facility(f.id(), f.category(), f.subtype(), f.tier(), f.name(), OptionalInt.empty(),
                        f.lon(), f.lat(), f.source(), f.inclusive()))
                .toList();
        PolicyProfile one = result.profile().withRules(Map.of(rule.category(), rule));
        CoverageResult walked = new CoverageAnalysis(graph, ofTier, result.areas(), one)
                .searchLimitMeters(rule.maxWalkMeters()).maxSnapMeters(maxSnapMeters).areaAccess(access).run();
        boolean[] covered = new boolean[result.areas().size()];
        for (AreaCoverage coverage : walked.coverage()) {
            covered[coverage.area()] = coverage.get(rule.category()).covered();
        }
        return covered;
    }
}
