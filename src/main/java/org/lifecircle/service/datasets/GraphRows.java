package org.lifecircle.service.datasets;

import org.lifecircle.network.WalkingGraph;
import org.lifecircle.store.NetworkRows;

/** A walking graph seen as the store's network rows (a view, nothing copied). */
public final class GraphRows implements NetworkRows {

    private final WalkingGraph graph;

    public GraphRows(WalkingGraph graph) {
        this.graph = graph;
    }

    @Override
    public int nodeCount() {
        return graph.nodeCount();
    }

    @Override
    public long nodeOsmId(int node) {
        return graph.nodeOsmId(node);
    }

    @Override
    public double nodeLon(int node) {
        return graph.nodeLon(node);
    }

    @Override
    public double nodeLat(int node) {
        return graph.nodeLat(node);
    }

    @Override
    public int nodeComponent(int node) {
        return graph.nodeComponent(node);
    }

    @Override
    public int edgeCount() {
        return graph.edgeCount();
    }

    @Override
    public int edgeFrom(int edge) {
        return graph.edgeFrom(edge);
    }

    @Override
    public int edgeTo(int edge) {
        return graph.edgeTo(edge);
    }

    @Override
    public double edgeLengthMeters(int edge) {
        return graph.edgeLengthMeters(edge);
    }

    @Override
    public long edgeOsmWayId(int edge) {
        return graph.edgeOsmWayId(edge);
    }

    @Override
    public String edgeHighway(int edge) {
        return graph.edgeHighway(edge);
    }

    @Override
    public double[] edgeLonLat(int edge) {
        return graph.edgeLonLat(edge);
    }
}
