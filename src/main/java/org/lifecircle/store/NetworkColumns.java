package org.lifecircle.store;

/**
 * A network held in arrays: collected from the database as a sink, then written to the graph
 * cache as rows and handed on to the caller's sink.
 */
public final class NetworkColumns implements NetworkSink, NetworkRows {

    private long[] nodeOsmId;
    private double[] nodeLonLat;
    private int[] nodeComponent;
    private int[] edgeFrom;
    private int[] edgeTo;
    private double[] edgeLength;
    private long[] edgeWay;
    private String[] edgeHighway;
    private double[][] edgeLonLat;
    private int nodes;
    private int edges;

    @Override
    public void start(int nodeCount, int edgeCount) {
        nodeOsmId = new long[nodeCount];
        nodeLonLat = new double[2 * nodeCount];
        nodeComponent = new int[nodeCount];
        edgeFrom = new int[edgeCount];
        edgeTo = new int[edgeCount];
        edgeLength = new double[edgeCount];
        edgeWay = new long[edgeCount];
        edgeHighway = new String[edgeCount];
        edgeLonLat = new double[edgeCount][];
    }

    @Override
    public void node(long osmId, double lon, double lat, int component) {
        nodeOsmId[nodes] = osmId;
        nodeLonLat[2 * nodes] = lon;
        nodeLonLat[2 * nodes + 1] = lat;
        nodeComponent[nodes++] = component;
    }

    @Override
    public void edge(int from, int to, double lengthMeters, long osmWayId, String highway, double[] lonLat) {
        edgeFrom[edges] = from;
        edgeTo[edges] = to;
        edgeLength[edges] = lengthMeters;
        edgeWay[edges] = osmWayId;
        edgeHighway[edges] = highway;
        edgeLonLat[edges++] = lonLat;
    }

    /** Whether every announced node and edge arrived. */
    public boolean isComplete() {
        return nodeOsmId != null && nodes == nodeOsmId.length && edges == edgeFrom.length;
    }

    public void replay(NetworkSink sink) {
        sink.start(nodes, edges);
        for (int n = 0; n < nodes; n++) {
            sink.node(nodeOsmId[n], nodeLonLat[2 * n], nodeLonLat[2 * n + 1], nodeComponent[n]);
        }
        for (int e = 0; e < edges; e++) {
            sink.edge(edgeFrom[e], edgeTo[e], edgeLength[e], edgeWay[e], edgeHighway[e], edgeLonLat[e].clone());
        }
    }

    @Override
    public int nodeCount() {
        return nodes;
    }

    @Override
    public long nodeOsmId(int node) {
        return nodeOsmId[node];
    }

    @Override
    public double nodeLon(int node) {
        return nodeLonLat[2 * node];
    }

    @Override
    public double nodeLat(int node) {
        return nodeLonLat[2 * node + 1];
    }

    @Override
    public int nodeComponent(int node) {
        return nodeComponent[node];
    }

    @Override
    public int edgeCount() {
        return edges;
    }

    @Override
    public int edgeFrom(int edge) {
        return edgeFrom[edge];
    }

    @Override
    public int edgeTo(int edge) {
        return edgeTo[edge];
    }

    @Override
    public double edgeLengthMeters(int edge) {
        return edgeLength[edge];
    }

    @Override
    public long edgeOsmWayId(int edge) {
        return edgeWay[edge];
    }

    @Override
    public String edgeHighway(int edge) {
        return edgeHighway[edge];
    }

    @Override
    public double[] edgeLonLat(int edge) {
        return edgeLonLat[edge].clone();
    }
}
