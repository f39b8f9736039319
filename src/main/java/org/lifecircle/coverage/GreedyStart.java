package org.lifecircle.coverage;

import java.util.Arrays;

/**
 * The starting flow of {@link ServedDemand}'s network simplex: pairs in order of their walk,
 * shortest first, each given as many residents as its area still has and its facility still
 * seats. Close to the optimum on city data (most residents go to a near facility), so the simplex
 * starts near the end instead of from no flow.
 *
 * <p>Its free pair arcs form a forest, as the simplex needs: each assignment uses up its area or
 * its facility (or both), and a used-up node gets no later pair. On a cycle of assigned pairs, the
 * earliest pair would use up one of its two ends, which has a later pair on the cycle: so there is
 * none. Likewise no path of assigned pairs joins two nodes that are not used up (the area or
 * facility arcs of those are the free ones): a path of k pairs would need k used-up inner nodes,
 * and has k - 1.
 */
final class GreedyStart {

    private final ReachPairs pairs;
    private final int[] residents;
    private final int[] places;
    private final long[] costDecimeters;

    GreedyStart(ReachPairs pairs, int[] residents, int[] places, long[] costDecimeters) {
        this.pairs = pairs;
        this.residents = residents;
        this.places = places;
        this.costDecimeters = costDecimeters;
    }

    /**
     * Puts the greedy flow on the arcs (arc indices per area, pair and facility, -1 where there
     * is none, and the arc back from the sink to the source).
     */
    void apply(SimplexArcs arcs, int[] areaArc, int[] pairArc, int[] facilityArc, int back) {
        int[] left = residents.clone();
        int[] seats = places.clone();
        long served = 0;
        for (int i : byWalk()) {
            int a = pairs.area(i);
            int f = pairs.facility(i);
            int given = Math.min(left[a], seats[f]);
            if (given > 0) {
                arcs.addFlow(pairArc[i], given);
                arcs.addFlow(areaArc[a], given);
                arcs.addFlow(facilityArc[f], given);
                left[a] -= given;
                seats[f] -= given;
                served += given;
            }
        }
        arcs.addFlow(back, served);
    }

    /**
     * Pair indices, shortest walk first, ties by index. Walks are whole decimetres, mostly fewer
     * than the pairs (10,000 at 1 km): counted into one bucket per decimetre; otherwise sorted as
     * (walk, index) packed in a long.
     */
    private int[] byWalk() {
        long dearest = 0;
        for (long c : costDecimeters) {
            dearest = Math.max(dearest, c);
        }
        return dearest <= 4L * costDecimeters.length + 1024 ? counted((int) dearest) : sorted();
    }

    private int[] counted(int dearest) {
        int[] start = new int[dearest + 2];
        for (long c : costDecimeters) {
            start[(int) c + 1]++;
        }
        for (int c = 0; c <= dearest; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[costDecimeters.length];
        for (int i = 0; i < order.length; i++) {
            order[start[(int) costDecimeters[i]]++] = i;
        }
        return order;
    }

    private int[] sorted() {
        long[] keys = new long[costDecimeters.length];
        for (int i = 0; i < keys.length; i++) {
            if (costDecimeters[i] >= 1L << 31) {
                throw new IllegalArgumentException("walk of pair " + i + " beyond " + (1L << 31) + " dm");
            }
            keys[i] = costDecimeters[i] << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
