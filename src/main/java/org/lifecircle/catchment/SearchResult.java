package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * What a multi-source search reached: per node the distance to, and index of, the nearest
 * source; per edge the pieces within the limit (which may be parts of an edge).
 */
public final class SearchResult {

    private final WalkingGraph graph;
    private final List<Snap> sources;
    private final double[] sourceStartMeters;
    private final double maxWalkMeters;
    /** (distance in metres, nearest source index) per node, side by side; see MultiSourceSearch. */
    private final double[] labels;
    /**
     * Built on first use: a plain search never needs it, and sorting 10,000 sources costs more
     * than sweeping their neighbourhoods. Racy single-check (as String.hashCode): two threads may
     * both build it, and SourcesByEdge holds only a final array, so either copy is safe to use.
     */
    private SourcesByEdge sourcesByEdge;

    SearchResult(WalkingGraph graph, List<Snap> sources, double[] sourceStartMeters, double maxWalkMeters,
                 double[] labels) {
        this.graph = graph;
        this.sources = sources;
        this.sourceStartMeters = sourceStartMeters;
        this.maxWalkMeters = maxWalkMeters;
        this.labels = labels;
    }

    public WalkingGraph graph() {
        return graph;
    }

    public double maxWalkMeters() {
        return maxWalkMeters;
    }

    public int sourceCount() {
        return sources.size();
    }

    public boolean isReached(int node) {
        return labels[2 * node + 1] >= 0;
    }

    /** Walking distance from the nearest source; positive infinity when beyond the limit. */
    public double distanceMeters(int node) {
        return labels[2 * node];
    }

    /** Index (in the list given to the search) of a nearest source; -1 when not reached. */
    public int nearestSource(int node) {
        return (int) labels[2 * node + 1];
    }

    /** Number of nodes within the limit. */
    public int reachedNodeCount() {
        int count = 0;
        for (int i = 1; i < labels.length; i += 2) {
            if (labels[i] >= 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * Walking distance from the nearest source to a point on an edge, through either end node or
     * directly along the edge from a source on the same edge; infinity when beyond the limit.
     */
    public double distanceMeters(Snap point) {
        return nearestTo(point).distanceMeters();
    }

    /** The nearest source to a point on an edge and its distance; source -1 when beyond the limit. */
    public SourceDistance nearestTo(Snap point) {
        int edge = point.edge();
        int from = graph.edgeFrom(edge);
        int to = graph.edgeTo(edge);
        SourceDistance[] best = {new SourceDistance(nearestSource(from), distanceMeters(from) + point.offsetMeters())};
        double viaTo = distanceMeters(to) + point.remainingMeters();
        if (viaTo < best[0].distanceMeters()) {
            best[0] = new SourceDistance(nearestSource(to), viaTo);
        }
        sourcesByEdge().forEachOn(edge, s -> {
            double direct = sourceStartMeters[s] + Math.abs(sources.get(s).offsetMeters() - point.offsetMeters());
            if (direct < best[0].distanceMeters()) {
                best[0] = new SourceDistance(s, direct);
            }
        });
        return best[0].distanceMeters() <= maxWalkMeters ? best[0] : new SourceDistance(-1, Double.POSITIVE_INFINITY);
    }

    /** Length of the edge within the limit, in metres: the whole edge, part of it, or 0. */
    public double reachedLengthMeters(int edge) {
        double total = 0;
        for (double[] piece : reachedPieces(edge)) {
            total += piece[1] - piece[0];
        }
        return total;
    }

    /**
     * The disjoint pieces of the edge within the limit, as [start, end] offsets in metres from
     * the edge's from-node, in increasing order.
     */
    public List<double[]> reachedPieces(int edge) {
        return reachedPieces(edge, maxWalkMeters);
    }

    /**
     * The pieces of the edge within a smaller limit than the search's (for bands), as
     * {@link #reachedPieces(int)} gives them for the search's own limit.
     *
     * @param limitMeters at most {@link #maxWalkMeters()}
     */
    public List<double[]> reachedPieces(int edge, double limitMeters) {
        if (limitMeters > maxWalkMeters) {
            throw new IllegalArgumentException("limit " + limitMeters + " m is beyond the search's " + maxWalkMeters + " m");
        }
        double length = graph.edgeLengthMeters(edge);
        List<double[]> intervals = new ArrayList<>();
        addInterval(intervals, 0, limitMeters - distanceMeters(graph.edgeFrom(edge)), length);
        addInterval(intervals, length - (limitMeters - distanceMeters(graph.edgeTo(edge))), length, length);
        sourcesByEdge().forEachOn(edge, s -> {
            double offset = sources.get(s).offsetMeters();
            double reach = limitMeters - sourceStartMeters[s];
            if (reach >= 0) {
                addInterval(intervals, offset - reach, offset + reach, length);
            }
        });
        return EdgeIntervals.union(intervals);
    }

    /** The source with this index. */
    Snap source(int source) {
        return sources.get(source);
    }

    /** Distance already walked when a source's projection is left (its snap distance, when counted). */
    double sourceStartMeters(int source) {
        return sourceStartMeters[source];
    }

    /** Calls the action with the index of every source on the edge. */
    void forEachSourceOn(int edge, IntConsumer action) {
        sourcesByEdge().forEachOn(edge, action);
    }

    private SourcesByEdge sourcesByEdge() {
        SourcesByEdge byEdge = sourcesByEdge;
        if (byEdge == null) {
            byEdge = new SourcesByEdge(sources);
            sourcesByEdge = byEdge;
        }
        return byEdge;
    }

    private static void addInterval(List<double[]> intervals, double start, double end, double length) {
        double s = Math.max(0, start);
        double e = Math.min(length, end);
        if (e >= s) {
            intervals.add(new double[] {s, e});
        }
    }
}
