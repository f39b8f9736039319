package org.lifecircle.plan;

import java.util.List;

/**
 * A covering instance with what its indexes mean: candidate c is {@code candidates.get(c)}, element
 * e is area {@code elementAreas[e]} (an area not covered yet).
 *
 * @param candidates the candidate sites, by candidate index
 * @param instance the maximal covering instance
 * @param elementAreas the area of each element
 * @param covered per area, whether existing facilities cover it
 * @param demand per area, residents of the rule's demand group (NaN when unknown)
 */
public record SuggestionInstance(List<CandidateSite> candidates, CoveringInstance instance, int[] elementAreas,
                                 boolean[] covered, double[] demand) {

    public SuggestionInstance {
        candidates = List.copyOf(candidates);
        elementAreas = elementAreas.clone();
        covered = covered.clone();
        demand = demand.clone();
    }

    /** Demand of every area with known figures. */
    public double totalDemand() {
        double total = 0;
        for (double d : demand) {
            total += Double.isNaN(d) ? 0 : d;
        }
        return total;
    }

    /** Demand the existing facilities cover. */
    public double coveredDemand() {
        double total = 0;
        for (int a = 0; a < demand.length; a++) {
            total += covered[a] && !Double.isNaN(demand[a]) ? demand[a] : 0;
        }
        return total;
    }
}
