package org.lifecircle.coverage;

import org.lifecircle.model.InvalidInputException;

/**
 * Served demand under capacity: residents of each area are given places at facilities they
 * reach ({@link ReachPairs}), no facility over its places, so that the most residents get a place
 * and, among all assignments that serve that many, the total walk is least. Built, configured, run
 * once; exact.
 *
 * <p>Walks are counted in whole decimetres ({@code Math.round(distanceMeters * 10)}): integer
 * costs make the optimum exact, and two assignments whose total walks differ by less than the
 * rounding (at most 5 cm a resident) may come out either way. Residents and places are whole
 * numbers; {@link #wholeResidents(double[])} rounds estimated residents.
 *
 * <p>How: a least-cost circulation on source -> area (its residents) -> facility (one arc per
 * pair, capacity min(residents, places), cost its walk) -> sink (its places) -> back to the
 * source by an arc costing -K for every resident it carries, K = n (c_max + 1) with n nodes and
 * c_max the dearest pair. Any path that serves one more resident costs at most (n - 1) c_max < K
 * along the network, so every least-cost circulation serves the most residents, and among
 * those walks least: exactly the two goals in order. Solved by the network simplex
 * ({@link NetworkSimplex}); integer data, so the optimum is exact.
 *
 * <p>Why it starts from a greedy assignment ({@link GreedyStart}: nearest pairs first) and not
 * from no flow: measured on the benchmark's 1,000 m instance (30,000 areas, 5,000 facilities,
 * 510,829 pairs; load 11-13 on 2 shared cores, thread CPU time), from no flow 541,556 pivots, 53.0
 * million reduced costs priced, 47.3 million potentials shifted, 2.1-2.5 s; from the greedy flow
 * 170,310 pivots, 24.7 and 16.1 million, 0.81-1.0 s, the same optimum. Splitting the problem into
 * the connected components of the area-facility pair graph was measured and left out: at 1,000 m
 * the pair graph is one component of all 35,000 nodes, at 500 m 504 components with one of 34,497
 * nodes (the rest single nodes); only at 300 m (6,475 components, the largest 9,662) would it
 * split, where the solve already takes 0.06-0.08 s.
 */
public final class ServedDemand {

    private static final int SOURCE = 0;

    private final ReachPairs pairs;
    private final int[] residents;
    private final int[] places;
    private boolean greedyStart = true;

    /**
     * @param residents whole residents per area (by area index of the pairs)
     * @param places whole places per facility; 0 for a facility without places (it serves no one)
     */
    public ServedDemand(ReachPairs pairs, int[] residents, int[] places) {
        if (residents.length != pairs.areaCount() || places.length != pairs.facilityCount()) {
            throw new IllegalArgumentException(residents.length + " areas and " + places.length
                    + " facilities given for pairs of " + pairs.areaCount() + " and " + pairs.facilityCount());
        }
        this.pairs = pairs;
        this.residents = checked(residents.clone(), "residents of area");
        this.places = checked(places.clone(), "places of facility");
    }

    private static int[] checked(int[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new InvalidInputException(what + " " + i + " must be 0 or more, got " + values[i]);
            }
        }
        return values;
    }

    /**
     * Estimated residents as whole people: each rounded to the nearest integer, halves up
     * ({@link Math#round(double)}). NaN (unknown) counts as 0 residents.
     */
    public static int[] wholeResidents(double[] residents) {
        int[] whole = new int[residents.length];
        for (int i = 0; i < residents.length; i++) {
            double r = residents[i];
            if (r < 0 || Double.isInfinite(r)) {
                throw new InvalidInputException("residents of area " + i + " must be a finite number >= 0, got " + r);
            }
            whole[i] = Double.isNaN(r) ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.round(r));
        }
        return whole;
    }

    /** The walk of one pair in whole decimetres, as the assignment counts it. */
    public static long costDecimeters(double distanceMeters) {
        return Math.round(distanceMeters * 10);
    }

    /**
     * Starts the simplex from no flow instead of the greedy assignment ({@link GreedyStart}): the
     * same optimum, slower; for tests that compare the two.
     */
    ServedDemand startFromNoFlow() {
        greedyStart = false;
        return this;
    }

    public ServedDemandResult run() {
        int areas = residents.length;
        int nodes = areas + places.length + 2;
        int sink = nodes - 1;
        SimplexArcs arcs = new SimplexArcs(pairs.size() + nodes + areas + places.length + 1);
        int[] areaArc = new int[areas];
        long residentsInAll = 0;
        for (int a = 0; a < areas; a++) {
            residentsInAll += residents[a];
            areaArc[a] = residents[a] > 0 ? arcs.add(SOURCE, 1 + a, residents[a], 0) : -1;
        }
        long[] cost = new long[pairs.size()];
        int[] pairArc = new int[pairs.size()];
        long dearest = 0;
        for (int i = 0; i < pairs.size(); i++) {
            cost[i] = costDecimeters(pairs.distanceMeters(i));
            dearest = Math.max(dearest, cost[i]);
            int capacity = Math.min(residents[pairs.area(i)], places[pairs.facility(i)]);
            pairArc[i] = capacity > 0 ? arcs.add(1 + pairs.area(i), 1 + areas + pairs.facility(i), capacity, cost[i]) : -1;
        }
        int[] facilityArc = new int[places.length];
        for (int f = 0; f < places.length; f++) {
            facilityArc[f] = places[f] > 0 ? arcs.add(1 + areas + f, sink, places[f], 0) : -1;
        }
        int back = arcs.add(sink, SOURCE, residentsInAll, -rewardPerResident(nodes, dearest));
        if (greedyStart) {
            new GreedyStart(pairs, residents, places, cost).apply(arcs, areaArc, pairArc, facilityArc, back);
        }
        new NetworkSimplex(arcs, nodes).run();
        int[] onPair = new int[pairs.size()];
        for (int i = 0; i < onPair.length; i++) {
            onPair[i] = pairArc[i] < 0 ? 0 : (int) arcs.flow(pairArc[i]);
        }
        return new ServedDemandResult(pairs, residents, onPair, cost, arcs.flow(back));
    }

    /** K = n (c_max + 1); refused where potentials (up to n K) could overflow a long. */
    private static long rewardPerResident(int nodes, long dearest) {
        long reward = Math.multiplyExact(nodes, dearest + 1);
        Math.multiplyExact(Math.multiplyExact(reward, nodes), 4L);
        return reward;
    }
}
