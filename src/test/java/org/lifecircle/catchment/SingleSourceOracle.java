package org.lifecircle.catchment;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * The slow path kept as a test oracle: one textbook Dijkstra (java.util.PriorityQueue, objects)
 * per source, unbounded, then the minimum over sources.
 */
final class SingleSourceOracle {

    private SingleSourceOracle() {
    }

    static double[] minOverSources(WalkingGraph graph, List<Snap> sources, double limitMeters) {
        double[] best = new double[graph.nodeCount()];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (Snap source : sources) {
            double[] d = dijkstra(graph, source);
            for (int n = 0; n < best.length; n++) {
                best[n] = Math.min(best[n], d[n]);
            }
        }
        for (int n = 0; n < best.length; n++) {
            if (best[n] > limitMeters) {
                best[n] = Double.POSITIVE_INFINITY;
            }
        }
        return best;
    }

    static double distance(WalkingGraph graph, Snap source, int node) {
        return dijkstra(graph, source)[node];
    }

    private static double[] dijkstra(WalkingGraph graph, Snap source) {
        double[] d = new double[graph.nodeCount()];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        int from = graph.edgeFrom(source.edge());
        int to = graph.edgeTo(source.edge());
        d[from] = Math.min(d[from], source.offsetMeters());
        d[to] = Math.min(d[to], source.remainingMeters());
        queue.add(new double[] {d[from], from});
        queue.add(new double[] {d[to], to});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > d[u]) {
                continue;
            }
            for (int p = graph.adjacencyStart(u); p < graph.adjacencyEnd(u); p++) {
                int e = graph.adjacentEdge(p);
                int v = graph.edgeOther(e, u);
                double dv = d[u] + graph.edgeLengthMeters(e);
                if (dv < d[v]) {
                    d[v] = dv;
                    queue.add(new double[] {dv, v});
                }
            }
        }
        return d;
    }
}
