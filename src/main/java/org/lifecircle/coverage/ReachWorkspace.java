package org.lifecircle.coverage;

import java.util.Arrays;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * One bounded single-source search after another, on arrays sized once for the graph and reset
 * sparsely: only the labels a search set are cleared before the next one, so a 1 km search that
 * touches 2,000 nodes costs 2,000 resets, not the graph's 2 million.
 *
 * <p>Dijkstra with a binary heap of (distance, node) entries, stale entries skipped when popped.
 * The labels are the least fixed point of label(v) = min(seed(v), label(u) + length(u, v)) with
 * the same double sums as {@code MultiSourceSearch} (seeds: snap distance + partial length), so
 * each distance is the very double one multi-source search per facility gives. Not thread-safe:
 * one workspace per thread.
 */
final class ReachWorkspace {

    private final WalkingGraph graph;
    private final AccessIndex access;
    private final double maxWalkMeters;
    private final double[] nodeMeters;
    private final double[] areaMeters;
    private int[] touchedNodes = new int[1024];
    private int touchedNodeCount;
    private int[] touchedAreas = new int[256];
    private int touchedAreaCount;
    private double[] heapKeys = new double[1024];
    private int[] heapNodes = new int[1024];
    private int heapSize;

    ReachWorkspace(WalkingGraph graph, AccessIndex access, int areaCount, double maxWalkMeters) {
        this.graph = graph;
        this.access = access;
        this.maxWalkMeters = maxWalkMeters;
        this.nodeMeters = new double[graph.nodeCount()];
        this.areaMeters = new double[areaCount];
        Arrays.fill(nodeMeters, Double.POSITIVE_INFINITY);
        Arrays.fill(areaMeters, Double.POSITIVE_INFINITY);
    }

    /** Appends the facility's pairs (areas in increasing order) to {@code out}. */
    void reach(int facility, Snap snap, PairBuffer out) {
        double start = snap.snapDistanceMeters();
        offer(graph.edgeFrom(snap.edge()), start + snap.offsetMeters());
        offer(graph.edgeTo(snap.edge()), start + snap.remainingMeters());
        settle();
        collectAreas();
        collectSameEdge(snap);
        emit(facility, out);
    }

    private void settle() {
        while (heapSize > 0) {
            double du = heapKeys[0];
            int u = heapNodes[0];
            pop();
            if (du > nodeMeters[u]) {
                continue;   // stale: the node was reached more cheaply later
            }
            for (int p = graph.adjacencyStart(u), end = graph.adjacencyEnd(u); p < end; p++) {
                int e = graph.adjacentEdge(p);
                offer(graph.edgeOther(e, u), du + graph.edgeLengthMeters(e));
            }
        }
    }

    private void offer(int node, double meters) {
        if (meters <= maxWalkMeters && meters < nodeMeters[node]) {
            if (nodeMeters[node] == Double.POSITIVE_INFINITY) {
                touchedNodes = grown(touchedNodes, touchedNodeCount);
                touchedNodes[touchedNodeCount++] = node;
            }
            nodeMeters[node] = meters;
            push(node, meters);
        }
    }

    /** Through either end node: (node distance + partial length) + the access point's leg. */
    private void collectAreas() {
        for (int i = 0; i < touchedNodeCount; i++) {
            int node = touchedNodes[i];
            double du = nodeMeters[node];
            for (int k = access.start(node), end = access.end(node); k < end; k++) {
                improve(access.area(k), (du + access.legMeters(k)) + access.snapMeters(k));
            }
            nodeMeters[node] = Double.POSITIVE_INFINITY;
        }
        touchedNodeCount = 0;
    }

    /** Directly along the facility's own edge, as SearchResult.nearestTo does. */
    private void collectSameEdge(Snap snap) {
        int from = graph.edgeFrom(snap.edge());
        for (int k = access.start(from), end = access.end(from); k < end; k++) {
            if (access.edge(k) == snap.edge()) {
                double direct = snap.snapDistanceMeters() + Math.abs(snap.offsetMeters() - access.offsetMeters(k));
                improve(access.area(k), direct + access.snapMeters(k));
            }
        }
    }

    private void improve(int area, double meters) {
        if (meters <= maxWalkMeters && meters < areaMeters[area]) {
            if (areaMeters[area] == Double.POSITIVE_INFINITY) {
                touchedAreas = grown(touchedAreas, touchedAreaCount);
                touchedAreas[touchedAreaCount++] = area;
            }
            areaMeters[area] = meters;
        }
    }

    private void emit(int facility, PairBuffer out) {
        Arrays.sort(touchedAreas, 0, touchedAreaCount);
        for (int i = 0; i < touchedAreaCount; i++) {
            int area = touchedAreas[i];
            out.add(facility, area, areaMeters[area]);
            areaMeters[area] = Double.POSITIVE_INFINITY;
        }
        touchedAreaCount = 0;
    }

    private void push(int node, double key) {
        if (heapSize == heapKeys.length) {
            heapKeys = Arrays.copyOf(heapKeys, 2 * heapSize);
            heapNodes = Arrays.copyOf(heapNodes, 2 * heapSize);
        }
        int i = heapSize++;
        while (i > 0 && heapKeys[(i - 1) >>> 1] > key) {
            int parent = (i - 1) >>> 1;
            heapKeys[i] = heapKeys[parent];
            heapNodes[i] = heapNodes[parent];
            i = parent;
        }
        heapKeys[i] = key;
        heapNodes[i] = node;
    }

    private void pop() {
        double key = heapKeys[--heapSize];
        int node = heapNodes[heapSize];
        int i = 0;
        for (int child = 1; child < heapSize; child = 2 * i + 1) {
            if (child + 1 < heapSize && heapKeys[child + 1] < heapKeys[child]) {
                child++;
            }
            if (heapKeys[child] >= key) {
                break;
            }
            heapKeys[i] = heapKeys[child];
            heapNodes[i] = heapNodes[child];
            i = child;
        }
        heapKeys[i] = key;
        heapNodes[i] = node;
    }

    private static int[] grown(int[] values, int used) {
        return used < values.length ? values : Arrays.copyOf(values, 2 * values.length);
    }
}
