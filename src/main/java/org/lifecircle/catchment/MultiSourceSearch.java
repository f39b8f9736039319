package org.lifecircle.catchment;

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
        double[] labels = new double[2 * graph.nodeCount()];
        for (int i = 0; i < labels.length; i += 2) {
            labels[i] = Double.POSITIVE_INFINITY;
            labels[i + 1] = -1;
        }
        BucketQueue queue = new BucketQueue(maxWalkMeters);
        seed(labels, queue);
        sweep(labels, queue);
        return new SearchResult(graph, sources, startMeters(), maxWalkMeters, labels);
    }

    /** Distance already walked at each source's projection. */
    private double[] startMeters() {
        double[] start = new double[sources.size()];
        for (int s = 0; s < start.length; s++) {
            start[s] = countSnapDistance ? sources.get(s).snapDistanceMeters() : 0;
        }
        return start;
    }

    private void seed(double[] labels, BucketQueue queue) {
        double[] start = startMeters();
        for (int s = 0; s < sources.size(); s++) {
            Snap source = sources.get(s);
            offer(graph.edgeFrom(source.edge()), start[s] + source.offsetMeters(), s, labels, queue);
            offer(graph.edgeTo(source.edge()), start[s] + source.remainingMeters(), s, labels, queue);
        }
    }

    private void offer(int node, double meters, int source, double[] labels, BucketQueue queue) {
        if (meters <= maxWalkMeters && meters < labels[2 * node]) {
            labels[2 * node] = meters;
            labels[2 * node + 1] = source;
            queue.add(node, meters);
        }
    }

    /**
     * Labels are (distance, nearest source) pairs side by side, {@code labels[2n]} and
     * {@code labels[2n + 1]}: settling a node and improving a neighbour touch one cache line
     * instead of two, which matters when many sources scatter the search over the whole graph.
     */
    private void sweep(double[] labels, BucketQueue queue) {
        for (int u = queue.poll(labels); u >= 0; u = queue.poll(labels)) {
            double du = labels[2 * u];
            if (queue.lastKey() > du) {
                continue; // a stale entry: the node was queued again with a shorter distance
            }
            double source = labels[2 * u + 1];
            for (int p = graph.adjacencyStart(u), end = graph.adjacencyEnd(u); p < end; p++) {
                int edge = graph.adjacentEdge(p);
                int v = graph.edgeOther(edge, u);
                double dv = du + graph.edgeLengthMeters(edge);
                if (dv < labels[2 * v] && dv <= maxWalkMeters) {
                    labels[2 * v] = dv;
                    labels[2 * v + 1] = source;
                    queue.add(v, dv);
                }
            }
        }
    }
}
