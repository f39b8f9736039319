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
 */
public final class ServedDemand {

    private final ReachPairs pairs;
    private final int[] residents;
    private final int[] places;

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

    public ServedDemandResult run() {
        int areas = residents.length;
        int nodes = areas + places.length + 2;
        int source = 0;
        int sink = nodes - 1;
        SimplexArcs arcs = new SimplexArcs(pairs.size() + nodes + areas + places.length + 1);
        long[] cost = new long[pairs.size()];
        long dearest = 0;
        long residentsInAll = 0;
        for (int a = 0; a < areas; a++) {
            residentsInAll += residents[a];
            if (residents[a] > 0) {
                arcs.add(source, 1 + a, residents[a], 0);
            }
        }
        int[] pairArc = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            cost[i] = costDecimeters(pairs.distanceMeters(i));
            dearest = Math.max(dearest, cost[i]);
            int capacity = Math.min(residents[pairs.area(i)], places[pairs.facility(i)]);
            pairArc[i] = capacity > 0 ? arcs.add(1 + pairs.area(i), 1 + areas + pairs.facility(i), capacity, cost[i]) : -1;
        }
        for (int f = 0; f < places.length; f++) {
            if (places[f] > 0) {
                arcs.add(1 + areas + f, sink, places[f], 0);
            }
        }
        int back = arcs.add(sink, source, residentsInAll, -rewardPerResident(nodes, dearest));
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
