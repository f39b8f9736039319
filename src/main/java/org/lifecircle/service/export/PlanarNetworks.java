package org.lifecircle.service.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lifecircle.catchment.PlanarNetwork;
import org.lifecircle.network.WalkingGraph;

/**
 * The planar networks of the graphs used most recently, built once each (a second or two for a
 * city): the server draws catchments of the same dataset again and again. Only the last
 * {@value #KEPT} are kept (a planar network holds its graph, so a weak map would keep them all).
 */
final class PlanarNetworks {

    private static final int KEPT = 4;
    private static final Map<WalkingGraph, PlanarNetwork> RECENT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WalkingGraph, PlanarNetwork> eldest) {
            return size() > KEPT;
        }
    };

    private PlanarNetworks() {
    }

    static synchronized PlanarNetwork of(WalkingGraph graph) {
        PlanarNetwork known = RECENT.get(graph);
        if (known == null) {
            known = PlanarNetwork.of(graph);
            RECENT.put(graph, known);
        }
        return known;
    }
}
