package org.lifecircle.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lifecircle.coverage.AreaAccess;
import org.lifecircle.coverage.FacilityReach;
import org.lifecircle.coverage.ReachPairs;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;

/**
 * The covering instance of a suggestion: each candidate snapped as a facility would be, then one
 * bounded search per candidate ({@link FacilityReach}, the distances the coverage measures), and
 * of the areas it reaches within the threshold only those not yet covered count, each weighing its
 * demand. So a suggested site entered as a facility covers exactly the areas the instance says.
 * Built, run once.
 */
public final class SiteReach {

    private final WalkingGraph graph;
    private final AreaAccess access;
    private final List<CandidateSite> candidates;
    private final boolean[] covered;
    private final double[] demand;
    private double maxWalkMeters = 1000;
    private double maxSnapMeters = Snapper.DEFAULT_MAX_SNAP_METERS;

    /**
     * @param covered per area, whether existing facilities already cover it
     * @param demand per area, residents of the rule's demand group (NaN: unknown, counts 0)
     */
    public SiteReach(WalkingGraph graph, AreaAccess access, List<CandidateSite> candidates, boolean[] covered,
                     double[] demand) {
        if (covered.length != access.areaCount() || demand.length != access.areaCount()) {
            throw new IllegalArgumentException("coverage and demand of " + covered.length + " and " + demand.length
                    + " areas for " + access.areaCount());
        }
        this.graph = graph;
        this.access = access;
        this.candidates = List.copyOf(candidates);
        this.covered = covered.clone();
        this.demand = demand.clone();
    }

    /** The rule's threshold. */
    public SiteReach maxWalkMeters(double meters) {
        this.maxWalkMeters = meters;
        return this;
    }

    public SiteReach maxSnapMeters(double meters) {
        this.maxSnapMeters = meters;
        return this;
    }

    /**
     * The instance, its elements the uncovered areas. A candidate farther than the snap limit from
     * every walkable way is bad input: it lies outside the network's extent.
     */
    public SuggestionInstance run() {
        Snapper snapper = new Snapper(graph, maxSnapMeters);
        List<Optional<Snap>> snaps = new ArrayList<>(candidates.size());
        for (CandidateSite site : candidates) {
            Optional<Snap> snap = snapper.findSnap(site.lon(), site.lat());
            if (snap.isEmpty()) {
                throw new InvalidInputException(site.source() + " (candidate " + site.id() + "): outside the walking"
                        + " network, no walkable way within " + (int) maxSnapMeters + " m of " + site.lon() + ", "
                        + site.lat());
            }
            snaps.add(snap);
        }
        ReachPairs pairs = new FacilityReach(graph, snaps, access).maxWalkMeters(maxWalkMeters).run();
        return new SuggestionInstance(candidates, instance(pairs), elementAreas(), covered, demand);
    }

    private int[] elementAreas() {
        int[] areas = new int[covered.length];
        int n = 0;
        for (int a = 0; a < covered.length; a++) {
            if (!covered[a]) {
                areas[n++] = a;
            }
        }
        return Arrays.copyOf(areas, n);
    }

    private CoveringInstance instance(ReachPairs pairs) {
        int[] elementOfArea = new int[covered.length];
        int[] areas = elementAreas();
        Arrays.fill(elementOfArea, -1);
        double[] weights = new double[areas.length];
        for (int e = 0; e < areas.length; e++) {
            elementOfArea[areas[e]] = e;
            weights[e] = Double.isNaN(demand[areas[e]]) ? 0 : demand[areas[e]];
        }
        int[][] covers = new int[candidates.size()][];
        for (int c = 0; c < covers.length; c++) {
            int[] elements = new int[pairs.endPairOf(c) - pairs.firstPairOf(c)];
            int n = 0;
            for (int p = pairs.firstPairOf(c); p < pairs.endPairOf(c); p++) {
                int e = elementOfArea[pairs.area(p)];
                if (e >= 0) {
                    elements[n++] = e;
                }
            }
            covers[c] = Arrays.copyOf(elements, n);
        }
        return CoveringInstance.of(weights, covers);
    }
}
