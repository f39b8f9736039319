package org.lifecircle.store;

/**
 * Receives a stored walking network: {@link #start} once, then every node in id order, then
 * every edge in id order (the counterpart of {@link NetworkRows}).
 */
public interface NetworkSink {

    void start(int nodeCount, int edgeCount);

    void node(long osmId, double lon, double lat, int component);

    void edge(int from, int to, double lengthMeters, long osmWayId, String highway, double[] lonLat);
}
