package org.lifecircle.catchment;

import java.util.Arrays;
import java.util.List;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * One bounded Dijkstra sweep seeded with every source at once: for each node within the limit,
 * the walking distance to the nearest source and which source that is.
 *
 * <p>Each source sits on an edge at a partial offset and seeds both end nodes with its partial
 * lengths. Built with the graph, configured, then {@link #run()} once; the graph is shared and
 * never modified, so searches on one graph may run in parallel.
 */
public final class MultiSourceSearch {

    private final WalkingGraph graph;
    private final List<Snap> sources;
    private double maxWalkMeters = 1000;
    private boolean countSnapDistance;

    public MultiSourceSearch(WalkingGraph graph, List<Snap> sources) {
        this.graph = graph;
        this.sources = List.copyOf(sources);
    }

    /** Sets the search limit: nodes farther than this from every source are not reached. */
    public MultiSourceSearch maxWalkMeters(double meters) {
        if (!(meters >= 0) || Double.isInfinite(meters)) {
            throw new InvalidInputException("maximum walk distance must be a finite number of metres >= 0, got " + meters);
        }
        this.maxWalkMeters = meters;
        return this;
    }

    /**
     * Whether the straight walk from each source's own position to the network (its snap
     * distance) counts as part of the walk. Off by default: sources placed on nodes have none.
     */
    public MultiSourceSearch countSnapDistance(boolean count) {
        this.countSnapDistance = count;
        return this;
    }

    public SearchResult run() {
        double[] distance = new double[graph.nodeCount()];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        int[] nearest = new int[graph.nodeCount()];
        Arrays.fill(nearest, -1);
        BucketQueue queue = new BucketQueue(maxWalkMeters);
        seed(distance, nearest, queue);
        sweep(distance, nearest, queue);
        return new SearchResult(graph, sources, startMeters(), maxWalkMeters, distance, nearest);
    }

    /** Distance already walked at each source's projection. */
    private double[] startMeters() {
        double[] start = new double[sources.size()];
        for (int s = 0; s < start.length; s++) {
            start[s] = countSnapDistance ? sources.get(s).snapDistanceMeters() : 0;
        }
        return start;
    }

    private void seed(double[] distance, int[] nearest, BucketQueue queue) {
        double[] start = startMeters();
        for (int s = 0; s < sources.size(); s++) {
            Snap source = sources.get(s);
            offer(graph.edgeFrom(source.edge()), start[s] + source.offsetMeters(), s, distance, nearest, queue);
            offer(graph.edgeTo(source.edge()), start[s] + source.remainingMeters(), s, distance, nearest, queue);
        }
    }

    private void offer(int node, double meters, int source, double[] distance, int[] nearest, BucketQueue queue) {
        if (meters <= maxWalkMeters && meters < distance[node]) {
            distance[node] = meters;
            nearest[node] = source;
            queue.add(node, meters);
        }
    }

    private void sweep(double[] distance, int[] nearest, BucketQueue queue) {
        boolean[] settled = new boolean[graph.nodeCount()];
        for (int u = queue.poll(distance); u >= 0; u = queue.poll(distance)) {
            if (settled[u]) {
                continue;
            }
            settled[u] = true;
            double du = distance[u];
            int source = nearest[u];
            for (int p = graph.adjacencyStart(u), end = graph.adjacencyEnd(u); p < end; p++) {
                int edge = graph.adjacentEdge(p);
                int v = graph.edgeOther(edge, u);
                double dv = du + graph.edgeLengthMeters(edge);
                if (dv < distance[v] && dv <= maxWalkMeters) {
                    distance[v] = dv;
                    nearest[v] = source;
                    queue.add(v, dv);
                }
            }
        }
    }
}
