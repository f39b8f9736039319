package org.lifecircle.coverage;

/**
 * Test oracle of {@link ServedDemand} (the first implementation, kept because it shares nothing with
 * the network simplex): makes a feasible flow of a {@link FlowNetwork} one of least cost with the same value:
 * Goldberg and Tarjan's cost scaling with push-relabel refinement (FIFO order).
 *
 * <p>Exact: costs are multiplied by n + 1 (n nodes) and scaled down to ε = 1, where an ε-optimal
 * flow (no residual arc with reduced cost below -ε) is optimal, because an ε-optimal flow with
 * ε < 1/n in the original integer costs has no negative cycle in its residual network. Prices
 * and costs are longs: 20,000 dm x 35,002 nodes x a few n of price range stays far below 2^63.
 */
final class CostScaling {

    /** ε is divided by this between refinements. */
    private static final long ALPHA = 8;

    private final FlowNetwork net;
    private final long scale;
    private final long[] price;
    private final long[] excess;
    private final int[] current;
    private final boolean[] queued;
    private final int[] queue;
    private int queueHead;
    private int queueSize;

    CostScaling(FlowNetwork net) {
        this.net = net;
        int n = net.nodeCount();
        this.scale = n + 1L;
        this.price = new long[n];
        this.excess = new long[n];
        this.current = new int[n];
        this.queued = new boolean[n];
        this.queue = new int[n];
    }

    void run() {
        long epsilon = 0;
        for (int a = 0; a < net.end(net.nodeCount() - 1); a++) {
            epsilon = Math.max(epsilon, Math.abs(net.cost(a)) * scale);
        }
        while (epsilon > 1) {
            epsilon = Math.max(1, epsilon / ALPHA);
            refine(epsilon);
        }
    }

    private long reducedCost(int v, int arc) {
        return net.cost(arc) * scale + price[v] - price[net.head(arc)];
    }

    /** From an (α ε)-optimal flow to an ε-optimal one of the same value. */
    private void refine(long epsilon) {
        for (int v = 0; v < net.nodeCount(); v++) {
            for (int a = net.first(v); a < net.end(v); a++) {
                int r = net.residual(a);
                if (r > 0 && reducedCost(v, a) < 0) {
                    net.push(a, r);
                    excess[v] -= r;
                    excess[net.head(a)] += r;
                }
            }
        }
        for (int v = 0; v < net.nodeCount(); v++) {
            current[v] = net.first(v);
            if (excess[v] > 0) {
                enqueue(v);
            }
        }
        while (queueSize > 0) {
            int v = queue[queueHead];
            queueHead = (queueHead + 1) % queue.length;
            queueSize--;
            queued[v] = false;
            discharge(v, epsilon);
        }
    }

    private void discharge(int v, long epsilon) {
        while (excess[v] > 0) {
            int a = current[v];
            if (a == net.end(v)) {
                relabel(v, epsilon);
                continue;
            }
            if (net.residual(a) > 0 && reducedCost(v, a) < 0) {
                int w = net.head(a);
                int amount = (int) Math.min(excess[v], net.residual(a));
                net.push(a, amount);
                excess[v] -= amount;
                excess[w] += amount;
                if (excess[w] > 0 && !queued[w]) {
                    enqueue(w);
                }
                if (net.residual(a) > 0) {
                    continue;   // v's excess is gone; the arc stays current
                }
            }
            current[v]++;
        }
    }

    /** Lowers v's price until its best residual arc has reduced cost -ε. */
    private void relabel(int v, long epsilon) {
        long best = Long.MIN_VALUE;
        for (int a = net.first(v); a < net.end(v); a++) {
            if (net.residual(a) > 0) {
                best = Math.max(best, price[net.head(a)] - net.cost(a) * scale);
            }
        }
        if (best == Long.MIN_VALUE) {
            throw new IllegalStateException("node " + v + " has excess and no residual arc");
        }
        price[v] = best - epsilon;
        current[v] = net.first(v);
    }

    private void enqueue(int v) {
        queue[(queueHead + queueSize) % queue.length] = v;
        queueSize++;
        queued[v] = true;
    }
}
