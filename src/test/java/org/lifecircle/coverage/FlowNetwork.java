package org.lifecircle.coverage;

/**
 * The residual network of the served-demand problem in CSR form: a source, one node per area,
 * one per facility, a sink; arcs source -> area (its residents), area -> facility (one per reach
 * pair, costing the walk in decimetres), facility -> sink (its places). Every arc has its reverse
 * ({@link #mate(int)}) with the negated cost; residual capacities change as flow is pushed.
 */
final class FlowNetwork {

    static final int SOURCE = 0;

    private final int areaCount;
    private final int facilityCount;
    private final int[] first;
    private final int[] head;
    private final int[] mate;
    private final int[] residual;
    private final long[] cost;
    /** The forward arc of each reach pair, or -1 when the pair carries nothing (no residents or places). */
    private final int[] pairArc;
    private int[] fill;

    FlowNetwork(ReachPairs pairs, int[] residents, int[] places, long[] pairCost) {
        this.areaCount = residents.length;
        this.facilityCount = places.length;
        int nodes = areaCount + facilityCount + 2;
        first = new int[nodes + 1];
        pairArc = new int[pairs.size()];
        countDegrees(pairs, residents, places);
        int arcs = first[nodes];
        head = new int[arcs];
        mate = new int[arcs];
        residual = new int[arcs];
        cost = new long[arcs];
        fill = first.clone();
        for (int a = 0; a < areaCount; a++) {
            if (residents[a] > 0) {
                add(SOURCE, areaNode(a), residents[a], 0);
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            int a = pairs.area(i);
            int f = pairs.facility(i);
            pairArc[i] = residents[a] > 0 && places[f] > 0
                    ? add(areaNode(a), facilityNode(f), Math.min(residents[a], places[f]), pairCost[i]) : -1;
        }
        for (int f = 0; f < facilityCount; f++) {
            if (places[f] > 0) {
                add(facilityNode(f), sink(), places[f], 0);
            }
        }
        fill = null;
    }

    private void countDegrees(ReachPairs pairs, int[] residents, int[] places) {
        for (int a = 0; a < areaCount; a++) {
            if (residents[a] > 0) {
                countArc(SOURCE, areaNode(a));
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            if (residents[pairs.area(i)] > 0 && places[pairs.facility(i)] > 0) {
                countArc(areaNode(pairs.area(i)), facilityNode(pairs.facility(i)));
            }
        }
        for (int f = 0; f < facilityCount; f++) {
            if (places[f] > 0) {
                countArc(facilityNode(f), sink());
            }
        }
        for (int v = 0; v + 1 < first.length; v++) {
            first[v + 1] += first[v];
        }
    }

    private void countArc(int from, int to) {
        first[from + 1]++;
        first[to + 1]++;
    }

    /** Adds an arc and its reverse; returns the forward arc. */
    private int add(int from, int to, int capacity, long arcCost) {
        int forward = fill[from]++;
        int backward = fill[to]++;
        head[forward] = to;
        head[backward] = from;
        mate[forward] = backward;
        mate[backward] = forward;
        residual[forward] = capacity;
        cost[forward] = arcCost;
        cost[backward] = -arcCost;
        return forward;
    }

    int nodeCount() {
        return first.length - 1;
    }

    int areaNode(int area) {
        return 1 + area;
    }

    int facilityNode(int facility) {
        return 1 + areaCount + facility;
    }

    int sink() {
        return 1 + areaCount + facilityCount;
    }

    int first(int node) {
        return first[node];
    }

    int end(int node) {
        return first[node + 1];
    }

    int head(int arc) {
        return head[arc];
    }

    int mate(int arc) {
        return mate[arc];
    }

    int residual(int arc) {
        return residual[arc];
    }

    long cost(int arc) {
        return cost[arc];
    }

    /** Moves {@code amount} units along the arc (less residual on it, more on its reverse). */
    void push(int arc, int amount) {
        residual[arc] -= amount;
        residual[mate[arc]] += amount;
    }

    /** Units on a reach pair's arc: the residual of its reverse. */
    int flowOnPair(int pair) {
        return pairArc[pair] < 0 ? 0 : residual[mate[pairArc[pair]]];
    }

    int areaCount() {
        return areaCount;
    }

    int facilityCount() {
        return facilityCount;
    }
}
