package org.lifecircle.coverage;

import java.util.Arrays;

/** Arc columns of the network simplex: ends, capacity, cost, flow and state (tree, at lower or upper bound). */
final class SimplexArcs {

    private int[] source;
    private int[] target;
    private long[] capacity;
    private long[] cost;
    private long[] flow;
    private byte[] state;
    private int size;
    private int realArcs = -1;

    SimplexArcs(int expectedArcs) {
        int n = Math.max(16, expectedArcs);
        source = new int[n];
        target = new int[n];
        capacity = new long[n];
        cost = new long[n];
        flow = new long[n];
        state = new byte[n];
    }

    /** Adds a real arc at its lower bound (no flow); returns its index. */
    int add(int from, int to, long arcCapacity, long arcCost) {
        if (realArcs >= 0) {
            throw new IllegalStateException("real arcs come before the artificial ones");
        }
        return append(from, to, arcCapacity, arcCost, (byte) 1);
    }

    /** Adds a tree arc of cost 0 and no flow (the simplex's starting tree). */
    int addArtificial(int from, int to, long arcCapacity) {
        if (realArcs < 0) {
            realArcs = size;
        }
        return append(from, to, arcCapacity, 0, (byte) 0);
    }

    private int append(int from, int to, long arcCapacity, long arcCost, byte arcState) {
        if (size == source.length) {
            int n = 2 * size;
            source = Arrays.copyOf(source, n);
            target = Arrays.copyOf(target, n);
            capacity = Arrays.copyOf(capacity, n);
            cost = Arrays.copyOf(cost, n);
            flow = Arrays.copyOf(flow, n);
            state = Arrays.copyOf(state, n);
        }
        source[size] = from;
        target[size] = to;
        capacity[size] = arcCapacity;
        cost[size] = arcCost;
        state[size] = arcState;
        return size++;
    }

    /** Real arcs (those added before the first artificial one). */
    int size() {
        return realArcs >= 0 ? realArcs : size;
    }

    int source(int e) {
        return source[e];
    }

    int target(int e) {
        return target[e];
    }

    long capacity(int e) {
        return capacity[e];
    }

    long cost(int e) {
        return cost[e];
    }

    long flow(int e) {
        return flow[e];
    }

    byte state(int e) {
        return state[e];
    }

    void setState(int e, byte arcState) {
        state[e] = arcState;
    }

    void addFlow(int e, long amount) {
        flow[e] += amount;
    }
}
