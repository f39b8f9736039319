package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.model.Facility;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * One rule's supply measures per area: places within reach per 1,000 of the demand group
 * ({@link TwoStepFloatingCatchment}, weighted by the rule's {@link RuleScope#accessDecay()}) and
 * the residents of the group who get a place ({@link ServedDemand}), both on the pairs of the
 * rule's snapped facilities and the areas within the rule's threshold ({@link FacilityReach}).
 * Built, run once.
 *
 * <p>Why a search per facility and not the rule's multi-source search: that one keeps only the
 * nearest facility per node, and both measures need every facility an area reaches. The pairs
 * measure distances exactly as the coverage does, so an area is covered exactly when it has a pair.
 * Cost (bench/results/supply.md): 0.15 ms per facility at 1,000 m on the 2-million-node city,
 * against 9 ms for a fresh {@code MultiSourceSearch} per facility.
 */
final class RuleSupplyMeasure {

    private final WalkingGraph graph;
    private final AreaAccess access;
    private final CategoryRule rule;
    private final List<Facility> facilities;
    private final List<Snap> snaps;
    private final List<Integer> facilityIndex;
    private final double[] demand;

    /**
     * @param facilities every facility of the analysis
     * @param snaps the rule's snapped facilities
     * @param facilityIndex for each snap, its facility's index in {@code facilities}
     * @param demand residents of the rule's demand group per area; NaN when unknown
     */
    RuleSupplyMeasure(WalkingGraph graph, AreaAccess access, CategoryRule rule, List<Facility> facilities,
                      List<Snap> snaps, List<Integer> facilityIndex, double[] demand) {
        this.graph = graph;
        this.access = access;
        this.rule = rule;
        this.facilities = facilities;
        this.snaps = List.copyOf(snaps);
        this.facilityIndex = List.copyOf(facilityIndex);
        this.demand = demand.clone();
    }

    /**
     * Demand only when no facility the rule counts has a capacity (snapped or not, as the district
     * capacity counts them): there is nothing to measure supply with.
     */
    RuleSupply run() {
        boolean capacityKnown = facilities.stream()
                .anyMatch(f -> rule.scope().counts(f) && f.capacity().isPresent());
        if (!capacityKnown) {
            return RuleSupply.demandOnly(demand);
        }
        List<Optional<Snap>> sources = new ArrayList<>(snaps.size());
        snaps.forEach(snap -> sources.add(Optional.of(snap)));
        ReachPairs pairs = new FacilityReach(graph, sources, access).maxWalkMeters(rule.maxWalkMeters()).run();
        int[] places = places();
        double[] knownDemand = knownDemand();
        double[] supply = new double[places.length];
        for (int f = 0; f < places.length; f++) {
            supply[f] = places[f];
        }
        Accessibility accessibility = new TwoStepFloatingCatchment(pairs, supply, knownDemand)
                .decay(rule.scope().accessDecay()).run();
        ServedDemandResult assigned = new ServedDemand(pairs, ServedDemand.wholeResidents(knownDemand), places).run();
        double[] accessPer1000 = new double[demand.length];
        double[] served = new double[demand.length];
        for (int a = 0; a < demand.length; a++) {
            accessPer1000[a] = accessibility.accessPer1000(a);
            served[a] = Double.isNaN(demand[a]) ? Double.NaN : assigned.servedOfArea(a);
        }
        return new RuleSupply(demand, accessPer1000, served, true);
    }

    /**
     * Places per snapped facility. Why a facility without a capacity counts 0 places: the run
     * cannot invent places it was not told of, and the district capacity already adds nothing for
     * it; it still serves the coverage (distance) columns. Leaving it out of the 2SFCA instead would
     * give the same access (a ratio of 0 adds nothing), and the assignment needs a whole number.
     */
    private int[] places() {
        int[] places = new int[snaps.size()];
        for (int s = 0; s < places.length; s++) {
            places[s] = facilities.get(facilityIndex.get(s)).capacity().orElse(0);
        }
        return places;
    }

    /**
     * Demand with unknown areas as 0 residents: an area without population figures asks for no
     * place (its served stays NaN), and its access per 1,000 is still the places within its reach.
     */
    private double[] knownDemand() {
        double[] known = new double[demand.length];
        for (int a = 0; a < demand.length; a++) {
            known[a] = Double.isNaN(demand[a]) ? 0 : demand[a];
        }
        return known;
    }
}
