package org.lifecircle.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.geo.E7;

/**
 * Rebuilds a {@link WalkingGraph} from its own nodes and edges (as a stored dataset keeps them),
 * exactly as it was built: the same node and edge ids, coordinates, OSM ids, components, shapes
 * and lengths, so that every search gives the same distances to the last bit.
 *
 * <p>Why not {@link WalkingGraphBuilder}: the builder derives what the stored graph has already
 * fixed, and not bit for bit. It measures every length again, now over the extra points that
 * {@link EdgeShapes} puts on segments longer than its step (which moves a float length by one
 * unit in the last place now and then), and it ranks components of equal size by their first
 * node in input order, which was the OSM order the first time and would be the graph order now.
 * The restorer takes ids, components and lengths as they are and only checks them.
 *
 * <p>Use: {@link #addNode} for every node in id order, then {@link #addEdge} for every edge in id
 * order, then {@link #restore()} once.
 */
public final class WalkingGraphRestorer {

    private final int[] nodeLonE7;
    private final int[] nodeLatE7;
    private final long[] nodeOsmId;
    private final int[] nodeComponent;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final float[] edgeLength;
    private final int[] edgeWay;
    private final EdgeShapes.Builder shapes = new EdgeShapes.Builder();
    private final Map<WayKey, Integer> wayIndex = new HashMap<>();
    private final GrowableLongs wayOsmId = new GrowableLongs();
    private final GrowableInts wayHighway = new GrowableInts();
    private final List<String> highwayValues = new ArrayList<>();
    private final Map<String, Integer> highwayIndex = new HashMap<>();
    private int nodes;
    private int edges;

    private record WayKey(long osmId, String highway) {
    }

    /** Prepares for a graph of exactly this many nodes and edges. */
    public WalkingGraphRestorer(int nodeCount, int edgeCount) {
        if (nodeCount < 1 || edgeCount < 1) {
            throw new IllegalArgumentException("a walking graph has nodes and edges, got " + nodeCount + " nodes and "
                    + edgeCount + " edges");
        }
        nodeLonE7 = new int[nodeCount];
        nodeLatE7 = new int[nodeCount];
        nodeOsmId = new long[nodeCount];
        nodeComponent = new int[nodeCount];
        edgeFrom = new int[edgeCount];
        edgeTo = new int[edgeCount];
        edgeLength = new float[edgeCount];
        edgeWay = new int[edgeCount];
    }

    /** Adds the next node (ids are given by the order of calls, from 0). */
    public void addNode(long osmId, double lon, double lat, int component) {
        if (nodes == nodeOsmId.length) {
            throw new IllegalStateException("more nodes than the " + nodeOsmId.length + " announced");
        }
        if (component < 0 || component >= nodeOsmId.length) {
            throw new IllegalArgumentException("node " + nodes + ": component " + component + " out of range");
        }
        nodeOsmId[nodes] = osmId;
        nodeLonE7[nodes] = E7.fromDegrees(lon);
        nodeLatE7[nodes] = E7.fromDegrees(lat);
        nodeComponent[nodes] = component;
        nodes++;
    }

    /**
     * Adds the next edge (ids follow the order of calls, from 0); every node must be added first.
     *
     * @param lengthMeters the length the graph had (a float widened to double)
     * @param lonLat the whole polyline from the from-node to the to-node as lon, lat pairs, as
     *     {@link WalkingGraph#edgeLonLat} gives it
     */
    public void addEdge(int from, int to, double lengthMeters, long osmWayId, String highway, double[] lonLat) {
        if (nodes != nodeOsmId.length) {
            throw new IllegalStateException("edges before all " + nodeOsmId.length + " nodes (" + nodes + " so far)");
        }
        if (edges == edgeFrom.length) {
            throw new IllegalStateException("more edges than the " + edgeFrom.length + " announced");
        }
        checkEdge(from, to, lengthMeters, lonLat);
        edgeFrom[edges] = from;
        edgeTo[edges] = to;
        edgeLength[edges] = (float) lengthMeters;
        edgeWay[edges] = way(osmWayId, highway);
        shapes.beginEdge(nodeLonE7[from], nodeLatE7[from]);
        for (int i = 2; i + 3 < lonLat.length; i += 2) {
            shapes.add(E7.fromDegrees(lonLat[i]), E7.fromDegrees(lonLat[i + 1]));
        }
        edges++;
    }

    private void checkEdge(int from, int to, double lengthMeters, double[] lonLat) {
        if (from < 0 || from >= nodes || to < 0 || to >= nodes) {
            throw new IllegalArgumentException("edge " + edges + ": end node out of range (" + from + ", " + to + ")");
        }
        if (!(lengthMeters >= 0) || Double.isInfinite(lengthMeters)) {
            throw new IllegalArgumentException("edge " + edges + ": length " + lengthMeters);
        }
        int n = lonLat.length;
        if (n < 4 || n % 2 != 0 || E7.fromDegrees(lonLat[0]) != nodeLonE7[from]
                || E7.fromDegrees(lonLat[1]) != nodeLatE7[from] || E7.fromDegrees(lonLat[n - 2]) != nodeLonE7[to]
                || E7.fromDegrees(lonLat[n - 1]) != nodeLatE7[to]) {
            throw new IllegalArgumentException("edge " + edges + ": polyline does not run from node " + from
                    + " to node " + to);
        }
    }

    private int way(long osmId, String highway) {
        return wayIndex.computeIfAbsent(new WayKey(osmId, highway), key -> {
            int value = highwayIndex.computeIfAbsent(highway, h -> {
                highwayValues.add(h);
                return highwayValues.size() - 1;
            });
            if (value > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("more than 128 distinct highway values");
            }
            wayOsmId.add(osmId);
            wayHighway.add(value);
            return wayOsmId.size() - 1;
        });
    }

    /** The graph; the restorer should not be used afterwards. */
    public WalkingGraph restore() {
        if (nodes != nodeOsmId.length || edges != edgeFrom.length) {
            throw new IllegalStateException("restored " + nodes + " of " + nodeOsmId.length + " nodes and " + edges
                    + " of " + edgeFrom.length + " edges");
        }
        long[] wayIds = new long[wayOsmId.size()];
        byte[] highways = new byte[wayOsmId.size()];
        for (int w = 0; w < wayIds.length; w++) {
            wayIds[w] = wayOsmId.get(w);
            highways[w] = (byte) wayHighway.get(w);
        }
        WalkingGraph.NodeArrays nodeArrays = new WalkingGraph.NodeArrays(nodeLonE7, nodeLatE7, nodeOsmId, nodeComponent);
        WalkingGraph.EdgeArrays edgeArrays = new WalkingGraph.EdgeArrays(edgeFrom, edgeTo, edgeLength, edgeWay,
                shapes.build(), wayIds, highways);
        return new WalkingGraph(nodeArrays, edgeArrays, highwayValues, componentSizes());
    }

    /** Nodes per component; components must be numbered 0.. without gaps, largest first. */
    private int[] componentSizes() {
        int count = 0;
        for (int c : nodeComponent) {
            count = Math.max(count, c + 1);
        }
        int[] sizes = new int[count];
        for (int c : nodeComponent) {
            sizes[c]++;
        }
        for (int c = 0; c < count; c++) {
            if (sizes[c] == 0 || c > 0 && sizes[c] > sizes[c - 1]) {
                throw new IllegalArgumentException("component " + c + " has " + sizes[c] + " nodes: components must"
                        + " be numbered from the largest down without gaps");
            }
        }
        return sizes;
    }
}
