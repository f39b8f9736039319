package org.lifecircle.network;

import java.util.Arrays;
import java.util.List;
import org.lifecircle.geo.E7;
import org.lifecircle.model.InvalidInputException;

/**
 * The pedestrian network as compact, immutable arrays: nodes are junctions and way ends, edges
 * are undirected pieces of ways between them with their geometry and geodesic length in metres.
 *
 * <p>Nodes are numbered along a Hilbert curve so that nodes near each other on the map are near
 * each other in memory; adjacency is a CSR list of edge ids per node. Built only by
 * {@link WalkingGraphBuilder}.
 */
public final class WalkingGraph {

    private final int[] nodeLonE7;
    private final int[] nodeLatE7;
    private final long[] nodeOsmId;
    private final ComponentLabelsColumn nodeComponent;
    /**
     * Per edge three ints side by side: from-node, to-node and the length's float bits. A search
     * reads all three for every edge it relaxes; together they share one cache line, where three
     * separate columns cost three memory accesses (about a third of the time of a city-wide sweep).
     */
    private final int[] edgeRecord;
    private final int[] edgeWay;
    private final EdgeShapes shapes;
    private final long[] wayOsmId;
    private final byte[] wayHighway;
    private final List<String> highwayValues;
    private final int[] adjacencyStart;
    private final int[] adjacencyEdge;
    private final int[] componentNodeCounts;
    private final EdgeIndex edgeIndex;

    WalkingGraph(NodeArrays nodes, EdgeArrays edges, List<String> highwayValues, int[] componentNodeCounts) {
        this.nodeLonE7 = nodes.lonE7();
        this.nodeLatE7 = nodes.latE7();
        this.nodeOsmId = nodes.osmId();
        this.nodeComponent = new ComponentLabelsColumn(nodes.component());
        this.edgeRecord = new int[3 * edges.from().length];
        for (int e = 0; e < edges.from().length; e++) {
            edgeRecord[3 * e] = edges.from()[e];
            edgeRecord[3 * e + 1] = edges.to()[e];
            edgeRecord[3 * e + 2] = Float.floatToRawIntBits(edges.lengthMeters()[e]);
        }
        this.edgeWay = edges.way();
        this.shapes = edges.shapes();
        this.wayOsmId = edges.wayOsmId();
        this.wayHighway = edges.wayHighway();
        this.highwayValues = List.copyOf(highwayValues);
        this.componentNodeCounts = componentNodeCounts.clone();
        this.adjacencyStart = new int[nodeLonE7.length + 1];
        this.adjacencyEdge = new int[edgeRecord.length / 3 * 2];
        fillAdjacency();
        this.edgeIndex = new EdgeIndex(this);
    }

    /** Node columns, indexed by final node id. */
    record NodeArrays(int[] lonE7, int[] latE7, long[] osmId, int[] component) {
    }

    /** Edge columns, indexed by final edge id; shapes hold the interior vertices only. */
    record EdgeArrays(int[] from, int[] to, float[] lengthMeters, int[] way, EdgeShapes shapes, long[] wayOsmId,
                      byte[] wayHighway) {
    }

    private void fillAdjacency() {
        for (int e = 0; e < edgeCount(); e++) {
            adjacencyStart[edgeFrom(e) + 1]++;
            adjacencyStart[edgeTo(e) + 1]++;
        }
        for (int n = 0; n < nodeCount(); n++) {
            adjacencyStart[n + 1] += adjacencyStart[n];
        }
        int[] cursor = Arrays.copyOf(adjacencyStart, nodeCount());
        for (int e = 0; e < edgeCount(); e++) {
            adjacencyEdge[cursor[edgeFrom(e)]++] = e;
            adjacencyEdge[cursor[edgeTo(e)]++] = e;
        }
    }

    public int nodeCount() {
        return nodeLonE7.length;
    }

    public int edgeCount() {
        return edgeRecord.length / 3;
    }

    public double nodeLon(int node) {
        return E7.toDegrees(nodeLonE7[node]);
    }

    public double nodeLat(int node) {
        return E7.toDegrees(nodeLatE7[node]);
    }

    /** The OSM id of the node, or a negative id for nodes the builder made (barrier sides). */
    public long nodeOsmId(int node) {
        return nodeOsmId[node];
    }

    /** Connected component of the node; 0 is the largest, then by decreasing size. */
    public int nodeComponent(int node) {
        return nodeComponent.of(node);
    }

    public int componentCount() {
        return componentNodeCounts.length;
    }

    public int componentNodeCount(int component) {
        return componentNodeCounts[component];
    }

    public int edgeFrom(int edge) {
        return edgeRecord[3 * edge];
    }

    public int edgeTo(int edge) {
        return edgeRecord[3 * edge + 1];
    }

    /**
     * The node at the other end of the edge from {@code node}, which must be one of its ends.
     * Exclusive or instead of a comparison: which end a search arrives from is a coin toss the
     * branch predictor loses half the time (12-20 % of a sweep on Heidelberg).
     */
    public int edgeOther(int edge, int node) {
        return edgeRecord[3 * edge] ^ edgeRecord[3 * edge + 1] ^ node;
    }

    public double edgeLengthMeters(int edge) {
        return Float.intBitsToFloat(edgeRecord[3 * edge + 2]);
    }

    public long edgeOsmWayId(int edge) {
        return wayOsmId[edgeWay[edge]];
    }

    public String edgeHighway(int edge) {
        return highwayValues.get(wayHighway[edgeWay[edge]]);
    }

    /** Number of vertices of the edge's polyline, both end nodes included. */
    public int edgeVertexCount(int edge) {
        return shapes.interiorCount(edge) + 2;
    }

    /**
     * The edge's polyline from its from-node to its to-node as interleaved longitude, latitude
     * pairs (WGS84 degrees); a new array on every call.
     */
    public double[] edgeLonLat(int edge) {
        int interior = shapes.interiorCount(edge);
        int[] lon = new int[interior];
        int[] lat = new int[interior];
        int from = edgeFrom(edge);
        shapes.decode(edge, nodeLonE7[from], nodeLatE7[from], lon, lat);
        double[] lonLat = new double[2 * (interior + 2)];
        lonLat[0] = E7.toDegrees(nodeLonE7[from]);
        lonLat[1] = E7.toDegrees(nodeLatE7[from]);
        for (int i = 0; i < interior; i++) {
            lonLat[2 * i + 2] = E7.toDegrees(lon[i]);
            lonLat[2 * i + 3] = E7.toDegrees(lat[i]);
        }
        lonLat[lonLat.length - 2] = E7.toDegrees(nodeLonE7[edgeTo(edge)]);
        lonLat[lonLat.length - 1] = E7.toDegrees(nodeLatE7[edgeTo(edge)]);
        return lonLat;
    }

    /** Longitude of polyline vertex {@code i} of the edge (0 is the from-node); prefer {@link #edgeLonLat}. */
    public double edgeVertexLon(int edge, int i) {
        return edgeLonLat(edge)[2 * checkedVertex(edge, i)];
    }

    /** Latitude of polyline vertex {@code i} of the edge; prefer {@link #edgeLonLat} in loops. */
    public double edgeVertexLat(int edge, int i) {
        return edgeLonLat(edge)[2 * checkedVertex(edge, i) + 1];
    }

    private int checkedVertex(int edge, int i) {
        if (i < 0 || i >= edgeVertexCount(edge)) {
            throw new IndexOutOfBoundsException("vertex " + i + " of edge " + edge);
        }
        return i;
    }

    /** First position of the node's incident edges in {@link #adjacentEdge(int)}. */
    public int adjacencyStart(int node) {
        return adjacencyStart[node];
    }

    /** One past the last position of the node's incident edges. */
    public int adjacencyEnd(int node) {
        return adjacencyStart[node + 1];
    }

    public int adjacentEdge(int position) {
        return adjacencyEdge[position];
    }

    public EdgeIndex edgeIndex() {
        return edgeIndex;
    }

    /** Throws when the node id is outside the graph; for ids that come from users. */
    public int getNode(long nodeId) {
        if (nodeId < 0 || nodeId >= nodeCount()) {
            throw new InvalidInputException("node " + nodeId + " is not in the graph (ids are 0.."
                    + (nodeCount() - 1) + ")");
        }
        return (int) nodeId;
    }

    /** Bytes held by the graph's arrays, the spatial index included. */
    public long memoryBytes() {
        long nodes = 4L * (nodeLonE7.length + nodeLatE7.length) + nodeComponent.memoryBytes() + 8L * nodeOsmId.length;
        long edges = 4L * (edgeRecord.length + edgeWay.length)
                + shapes.memoryBytes() + 8L * wayOsmId.length + wayHighway.length;
        long adjacency = 4L * (adjacencyStart.length + adjacencyEdge.length);
        return nodes + edges + adjacency + edgeIndex.memoryBytes();
    }
}
