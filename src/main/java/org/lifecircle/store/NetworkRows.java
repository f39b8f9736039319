package org.lifecircle.store;

/**
 * A walking network as a dataset stores it: nodes and edges in graph id order, with everything
 * needed to restore the identical graph (coordinates on the 1e-7 degree grid, OSM ids,
 * components, the exact float lengths, the edge polylines). A view: nothing is copied.
 */
public interface NetworkRows {

    int nodeCount();

    long nodeOsmId(int node);

    double nodeLon(int node);

    double nodeLat(int node);

    int nodeComponent(int node);

    int edgeCount();

    int edgeFrom(int edge);

    int edgeTo(int edge);

    double edgeLengthMeters(int edge);

    long edgeOsmWayId(int edge);

    String edgeHighway(int edge);

    /** The polyline from the from-node to the to-node as lon, lat pairs, both ends included. */
    double[] edgeLonLat(int edge);
}
