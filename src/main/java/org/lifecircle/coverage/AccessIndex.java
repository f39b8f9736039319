package org.lifecircle.coverage;

import java.util.List;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * The areas' access points hung on the graph's nodes: each access point is attached to both end
 * nodes of its edge, with the partial length from that node and its own snap distance, so that a
 * search from a facility finds every area it reaches by walking over the nodes it settled.
 *
 * <p>Lengths are kept as the parts they are (partial length, snap distance) and added in the
 * order {@code SearchResult.nearestTo} and {@code CoverageAnalysis} add them, so that the
 * distances are the same doubles, not merely close.
 */
final class AccessIndex {

    /** Attachments of node n are positions nodeStart[n] .. nodeStart[n + 1] - 1. */
    private final int[] nodeStart;
    private final int[] area;
    private final int[] edge;
    /** From the attachment's node along the edge to the access point's projection. */
    private final double[] legMeters;
    /** The access point's projection, as an offset from its edge's from-node. */
    private final double[] offsetMeters;
    private final double[] snapMeters;

    AccessIndex(WalkingGraph graph, AreaAccess access) {
        nodeStart = new int[graph.nodeCount() + 1];
        int points = 0;
        for (int a = 0; a < access.areaCount(); a++) {
            for (Snap point : access.of(a)) {
                nodeStart[graph.edgeFrom(point.edge()) + 1]++;
                nodeStart[graph.edgeTo(point.edge()) + 1]++;
                points++;
            }
        }
        for (int n = 0; n < graph.nodeCount(); n++) {
            nodeStart[n + 1] += nodeStart[n];
        }
        area = new int[2 * points];
        edge = new int[2 * points];
        legMeters = new double[2 * points];
        offsetMeters = new double[2 * points];
        snapMeters = new double[2 * points];
        fill(graph, access);
    }

    private void fill(WalkingGraph graph, AreaAccess access) {
        int[] next = nodeStart.clone();
        for (int a = 0; a < access.areaCount(); a++) {
            List<Snap> snaps = access.of(a);
            for (Snap point : snaps) {
                attach(next[graph.edgeFrom(point.edge())]++, a, point, point.offsetMeters());
                attach(next[graph.edgeTo(point.edge())]++, a, point, point.remainingMeters());
            }
        }
    }

    private void attach(int k, int a, Snap point, double leg) {
        area[k] = a;
        edge[k] = point.edge();
        legMeters[k] = leg;
        offsetMeters[k] = point.offsetMeters();
        snapMeters[k] = point.snapDistanceMeters();
    }

    int start(int node) {
        return nodeStart[node];
    }

    int end(int node) {
        return nodeStart[node + 1];
    }

    int area(int attachment) {
        return area[attachment];
    }

    int edge(int attachment) {
        return edge[attachment];
    }

    double legMeters(int attachment) {
        return legMeters[attachment];
    }

    double offsetMeters(int attachment) {
        return offsetMeters[attachment];
    }

    double snapMeters(int attachment) {
        return snapMeters[attachment];
    }
}
