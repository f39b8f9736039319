package org.lifecircle.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.geo.E7;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.model.InvalidInputException;

/**
 * Collects nodes, ways and edges, then builds the immutable {@link WalkingGraph} once: labels
 * connected components, drops those under the minimum size (counted in the report), numbers
 * nodes along a Hilbert curve and measures every edge geodesically.
 */
public final class WalkingGraphBuilder {

    /** Default minimum component size: smaller islands are mapping fragments, larger are real. */
    public static final int DEFAULT_MIN_COMPONENT_NODES = 50;

    private final GrowableLongs nodeOsmId = new GrowableLongs();
    private final GrowableInts nodeLonE7 = new GrowableInts();
    private final GrowableInts nodeLatE7 = new GrowableInts();
    private final GrowableLongs wayOsmId = new GrowableLongs();
    private final GrowableInts wayHighway = new GrowableInts();
    private final List<String> highwayValues = new ArrayList<>();
    private final Map<String, Integer> highwayIndex = new HashMap<>();
    private final GrowableInts edgeFrom = new GrowableInts();
    private final GrowableInts edgeTo = new GrowableInts();
    private final GrowableInts edgeWay = new GrowableInts();
    private final GrowableInts edgeShapeStart = new GrowableInts();
    private final GrowableInts shapeLonE7 = new GrowableInts();
    private final GrowableInts shapeLatE7 = new GrowableInts();
    private int minComponentNodes = DEFAULT_MIN_COMPONENT_NODES;

    public WalkingGraphBuilder minComponentNodes(int nodes) {
        if (nodes < 1) {
            throw new InvalidInputException("minimum component size must be at least 1 node, got " + nodes);
        }
        this.minComponentNodes = nodes;
        return this;
    }

    /** Adds a node and returns its builder index. */
    public int addNode(long osmId, double lon, double lat) {
        nodeOsmId.add(osmId);
        nodeLonE7.add(E7.fromDegrees(lon));
        nodeLatE7.add(E7.fromDegrees(lat));
        return nodeOsmId.size() - 1;
    }

    /** Adds a way (the source of edges) and returns its builder index. */
    public int addWay(long osmId, String highway) {
        int highwayId = highwayIndex.computeIfAbsent(highway, value -> {
            highwayValues.add(value);
            return highwayValues.size() - 1;
        });
        if (highwayId > Byte.MAX_VALUE) {
            throw new InvalidInputException("more than 128 distinct highway values; is this a street network?");
        }
        wayOsmId.add(osmId);
        wayHighway.add(highwayId);
        return wayOsmId.size() - 1;
    }

    /**
     * Adds an edge between two builder nodes, part of a way.
     *
     * @param interiorLonLat the vertices strictly between the end nodes, as lon, lat pairs
     */
    public void addEdge(int from, int to, int way, double... interiorLonLat) {
        edgeFrom.add(from);
        edgeTo.add(to);
        edgeWay.add(way);
        edgeShapeStart.add(shapeLonE7.size());
        for (int i = 0; i + 1 < interiorLonLat.length; i += 2) {
            shapeLonE7.add(E7.fromDegrees(interiorLonLat[i]));
            shapeLatE7.add(E7.fromDegrees(interiorLonLat[i + 1]));
        }
    }

    public int nodeCount() {
        return nodeOsmId.size();
    }

    public int edgeCount() {
        return edgeFrom.size();
    }

    /** Builds the graph; the builder should not be used afterwards. */
    public GraphBuildResult build() {
        if (edgeCount() == 0) {
            throw new InvalidInputException("the network has no walkable ways");
        }
        ComponentLabels labels = ComponentLabels.of(nodeCount(), edgeFrom, edgeTo, minComponentNodes);
        if (labels.keptComponentCount() == 0) {
            throw new InvalidInputException("the network has no connected part of at least "
                    + minComponentNodes + " nodes (largest: " + labels.largestComponentNodes() + ")");
        }
        int[] newNodeId = spatialNodeOrder(labels);
        int keptNodes = labels.keptNodeCount();
        WalkingGraph.NodeArrays nodes = nodeArrays(newNodeId, keptNodes, labels);
        int[] keptEdgeOrder = edgeOrder(newNodeId);
        WalkingGraph.EdgeArrays edges = edgeArrays(keptEdgeOrder, newNodeId);
        WalkingGraph graph = new WalkingGraph(nodes, edges, highwayValues, labels.keptComponentSizes());
        GraphBuildReport report = new GraphBuildReport(nodeCount(), edgeCount(), minComponentNodes,
                labels.keptComponentCount(), labels.droppedComponentCount(), nodeCount() - keptNodes,
                edgeCount() - keptEdgeOrder.length);
        return new GraphBuildResult(graph, report);
    }

    /** New id per builder node along a Hilbert curve over the kept nodes' extent; -1 if dropped. */
    private int[] spatialNodeOrder(ComponentLabels labels) {
        int minLon = Integer.MAX_VALUE, minLat = Integer.MAX_VALUE, maxLon = Integer.MIN_VALUE, maxLat = Integer.MIN_VALUE;
        for (int n = 0; n < nodeCount(); n++) {
            if (labels.isKept(n)) {
                minLon = Math.min(minLon, nodeLonE7.get(n));
                maxLon = Math.max(maxLon, nodeLonE7.get(n));
                minLat = Math.min(minLat, nodeLatE7.get(n));
                maxLat = Math.max(maxLat, nodeLatE7.get(n));
            }
        }
        double lonScale = 65535.0 / Math.max(1, (long) maxLon - minLon);
        double latScale = 65535.0 / Math.max(1, (long) maxLat - minLat);
        long[] keyed = new long[labels.keptNodeCount()];
        int k = 0;
        for (int n = 0; n < nodeCount(); n++) {
            if (labels.isKept(n)) {
                int x = (int) ((nodeLonE7.get(n) - (long) minLon) * lonScale);
                int y = (int) ((nodeLatE7.get(n) - (long) minLat) * latScale);
                keyed[k++] = HilbertCurve.position(x, y) << 32 | n;
            }
        }
        Arrays.sort(keyed);
        int[] newId = new int[nodeCount()];
        Arrays.fill(newId, -1);
        for (int i = 0; i < keyed.length; i++) {
            newId[(int) keyed[i]] = i;
        }
        return newId;
    }

    private WalkingGraph.NodeArrays nodeArrays(int[] newNodeId, int keptNodes, ComponentLabels labels) {
        int[] lon = new int[keptNodes];
        int[] lat = new int[keptNodes];
        long[] osm = new long[keptNodes];
        int[] component = new int[keptNodes];
        for (int n = 0; n < nodeCount(); n++) {
            int id = newNodeId[n];
            if (id >= 0) {
                lon[id] = nodeLonE7.get(n);
                lat[id] = nodeLatE7.get(n);
                osm[id] = nodeOsmId.get(n);
                component[id] = labels.componentOf(n);
            }
        }
        return new WalkingGraph.NodeArrays(lon, lat, osm, component);
    }

    /** Kept builder edges, ordered by their lower new end node so that edges follow nodes in memory. */
    private int[] edgeOrder(int[] newNodeId) {
        long[] keyed = new long[edgeCount()];
        int k = 0;
        for (int e = 0; e < edgeCount(); e++) {
            int from = newNodeId[edgeFrom.get(e)];
            int to = newNodeId[edgeTo.get(e)];
            if (from >= 0 && to >= 0) {
                keyed[k++] = (long) Math.min(from, to) << 32 | e;
            }
        }
        long[] kept = Arrays.copyOf(keyed, k);
        Arrays.sort(kept);
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = (int) kept[i];
        }
        return order;
    }

    private WalkingGraph.EdgeArrays edgeArrays(int[] order, int[] newNodeId) {
        int m = order.length;
        int[] from = new int[m];
        int[] to = new int[m];
        int[] way = new int[m];
        float[] length = new float[m];
        EdgeShapes.Builder shapes = new EdgeShapes.Builder();
        for (int i = 0; i < m; i++) {
            int e = order[i];
            from[i] = newNodeId[edgeFrom.get(e)];
            to[i] = newNodeId[edgeTo.get(e)];
            way[i] = edgeWay.get(e);
            shapes.beginEdge(nodeLonE7.get(edgeFrom.get(e)), nodeLatE7.get(edgeFrom.get(e)));
            for (int s = edgeShapeStart.get(e); s < shapeEnd(e); s++) {
                shapes.add(shapeLonE7.get(s), shapeLatE7.get(s));
            }
            length[i] = (float) geodesicLengthMeters(e);
        }
        long[] wayIds = new long[wayOsmId.size()];
        byte[] highways = new byte[wayOsmId.size()];
        for (int w = 0; w < wayIds.length; w++) {
            wayIds[w] = wayOsmId.get(w);
            highways[w] = (byte) wayHighway.get(w);
        }
        return new WalkingGraph.EdgeArrays(from, to, length, way, shapes.build(), wayIds, highways);
    }

    private int shapeEnd(int edge) {
        return edge + 1 < edgeCount() ? edgeShapeStart.get(edge + 1) : shapeLonE7.size();
    }

    private double geodesicLengthMeters(int edge) {
        double length = 0;
        int prevLon = nodeLonE7.get(edgeFrom.get(edge));
        int prevLat = nodeLatE7.get(edgeFrom.get(edge));
        for (int s = edgeShapeStart.get(edge); s <= shapeEnd(edge); s++) {
            boolean last = s == shapeEnd(edge);
            int lon = last ? nodeLonE7.get(edgeTo.get(edge)) : shapeLonE7.get(s);
            int lat = last ? nodeLatE7.get(edgeTo.get(edge)) : shapeLatE7.get(s);
            length += Geodesy.distanceMeters(E7.toDegrees(prevLon), E7.toDegrees(prevLat),
                    E7.toDegrees(lon), E7.toDegrees(lat));
            prevLon = lon;
            prevLat = lat;
        }
        return length;
    }
}
