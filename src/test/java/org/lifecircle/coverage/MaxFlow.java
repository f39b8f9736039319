package org.lifecircle.coverage;

import java.util.Arrays;

/**
 * Dinic's maximum flow from the source to the sink of a {@link FlowNetwork}: breadth-first levels
 * on the residual network, then augmenting paths along strictly increasing levels (current-arc
 * pointers, dead ends cut off) until none is left, then new levels. The flow stays in the
 * network's residual capacities.
 */
final class MaxFlow {

    private final FlowNetwork net;
    private final int[] level;
    private final int[] current;
    private final int[] queue;
    private final int[] path;

    MaxFlow(FlowNetwork net) {
        this.net = net;
        this.level = new int[net.nodeCount()];
        this.current = new int[net.nodeCount()];
        this.queue = new int[net.nodeCount()];
        this.path = new int[net.nodeCount()];
    }

    /** Pushes a maximum flow; returns its value. */
    long run() {
        long total = 0;
        while (levels()) {
            for (int v = 0; v < current.length; v++) {
                current[v] = net.first(v);
            }
            for (long pushed = augment(); pushed > 0; pushed = augment()) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean levels() {
        Arrays.fill(level, -1);
        level[FlowNetwork.SOURCE] = 0;
        queue[0] = FlowNetwork.SOURCE;
        for (int read = 0, write = 1; read < write; read++) {
            int v = queue[read];
            for (int a = net.first(v); a < net.end(v); a++) {
                int w = net.head(a);
                if (net.residual(a) > 0 && level[w] < 0) {
                    level[w] = level[v] + 1;
                    queue[write++] = w;
                }
            }
        }
        return level[net.sink()] >= 0;
    }

    /** One augmenting path along the levels, pushed; 0 when the level graph is blocked. */
    private long augment() {
        int depth = 0;
        int v = FlowNetwork.SOURCE;
        while (v != net.sink()) {
            int a = nextArc(v);
            if (a >= 0) {
                path[depth++] = a;
                v = net.head(a);
            } else {
                level[v] = -1;  // a dead end for the rest of this phase
                if (depth == 0) {
                    return 0;
                }
                a = path[--depth];
                v = net.head(net.mate(a));
                current[v]++;
            }
        }
        int bottleneck = Integer.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
            bottleneck = Math.min(bottleneck, net.residual(path[i]));
        }
        for (int i = 0; i < depth; i++) {
            net.push(path[i], bottleneck);
        }
        return bottleneck;
    }

    private int nextArc(int v) {
        for (; current[v] < net.end(v); current[v]++) {
            int a = current[v];
            if (net.residual(a) > 0 && level[net.head(a)] == level[v] + 1) {
                return a;
            }
        }
        return -1;
    }
}
