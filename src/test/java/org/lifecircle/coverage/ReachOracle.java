package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.catchment.SourceDistance;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * The slow way kept as the oracle of {@link FacilityReach}: one {@link MultiSourceSearch} per
 * facility, seeded with that facility alone, and each area measured as
 * {@code CoverageAnalysis.areaCoverage} measures it.
 */
final class ReachOracle {

    /** One expected pair. */
    record Pair(int facility, int area, double distanceMeters) {
    }

    private ReachOracle() {
    }

    static List<Pair> pairs(WalkingGraph graph, List<Optional<Snap>> facilities, AreaAccess access,
                            double maxWalkMeters) {
        List<Pair> pairs = new ArrayList<>();
        for (int f = 0; f < facilities.size(); f++) {
            if (facilities.get(f).isEmpty()) {
                continue;
            }
            SearchResult search = new MultiSourceSearch(graph, List.of(facilities.get(f).get()))
                    .maxWalkMeters(maxWalkMeters).countSnapDistance(true).run();
            for (int a = 0; a < access.areaCount(); a++) {
                double best = Double.POSITIVE_INFINITY;
                for (Snap point : access.of(a)) {
                    SourceDistance nearest = search.nearestTo(point);
                    double distance = nearest.distanceMeters() + point.snapDistanceMeters();
                    if (nearest.isReached() && distance < best && distance <= search.maxWalkMeters()) {
                        best = distance;
                    }
                }
                if (best <= maxWalkMeters) {
                    pairs.add(new Pair(f, a, best));
                }
            }
        }
        return pairs;
    }

    static List<Pair> pairsOf(ReachPairs reach) {
        List<Pair> pairs = new ArrayList<>(reach.size());
        for (int i = 0; i < reach.size(); i++) {
            pairs.add(new Pair(reach.facility(i), reach.area(i), reach.distanceMeters(i)));
        }
        return pairs;
    }
}
