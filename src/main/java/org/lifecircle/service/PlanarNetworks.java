package org.lifecircle.service;

import java.util.Map;
import java.util.WeakHashMap;
import org.lifecircle.catchment.PlanarNetwork;
import org.lifecircle.network.WalkingGraph;

/**
 * The planar network of each graph in use, built once (a second or two for a city) and kept while
 * the graph is: the server draws catchments of the same dataset again and again.
 */
final class PlanarNetworks {

    private static final Map<WalkingGraph, PlanarNetwork> BUILT = new WeakHashMap<>();

    private PlanarNetworks() {
    }

    static synchronized PlanarNetwork of(WalkingGraph graph) {
        return BUILT.computeIfAbsent(graph, PlanarNetwork::of);
    }
}
