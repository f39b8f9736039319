package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.network.WalkingGraphRestorer;
import org.lifecircle.store.NetworkSink;

/** Restores a stored graph and checks it is the built one: every id, coordinate, length and distance. */
final class GraphIdentity {

    private GraphIdentity() {
    }

    static WalkingGraph restore(JdbcStore store, String versionId) {
        WalkingGraphRestorer[] restorer = new WalkingGraphRestorer[1];
        store.datasets().readNetwork(versionId, new NetworkSink() {
            @Override
            public void start(int nodeCount, int edgeCount) {
                restorer[0] = new WalkingGraphRestorer(nodeCount, edgeCount);
            }

            @Override
            public void node(long osmId, double lon, double lat, int component) {
                restorer[0].addNode(osmId, lon, lat, component);
            }

            @Override
            public void edge(int from, int to, double lengthMeters, long osmWayId, String highway, double[] lonLat) {
                restorer[0].addEdge(from, to, lengthMeters, osmWayId, highway, lonLat);
            }
        });
        return restorer[0].restore();
    }

    static void assertSameGraph(WalkingGraph restored, WalkingGraph built) {
        assertThat(restored.nodeCount()).isEqualTo(built.nodeCount());
        assertThat(restored.edgeCount()).isEqualTo(built.edgeCount());
        assertThat(restored.componentCount()).isEqualTo(built.componentCount());
        for (int n = 0; n < built.nodeCount(); n++) {
            assertThat(restored.nodeOsmId(n)).isEqualTo(built.nodeOsmId(n));
            assertThat(restored.nodeLon(n)).isEqualTo(built.nodeLon(n));
            assertThat(restored.nodeLat(n)).isEqualTo(built.nodeLat(n));
            assertThat(restored.nodeComponent(n)).isEqualTo(built.nodeComponent(n));
        }
        for (int e = 0; e < built.edgeCount(); e++) {
            assertThat(restored.edgeFrom(e)).isEqualTo(built.edgeFrom(e));
            assertThat(restored.edgeTo(e)).isEqualTo(built.edgeTo(e));
            assertThat(restored.edgeLengthMeters(e)).isEqualTo(built.edgeLengthMeters(e));
            assertThat(restored.edgeOsmWayId(e)).isEqualTo(built.edgeOsmWayId(e));
            assertThat(restored.edgeHighway(e)).isEqualTo(built.edgeHighway(e));
            assertThat(restored.edgeLonLat(e)).isEqualTo(built.edgeLonLat(e));
        }
        for (int n = 0; n < built.nodeCount(); n++) {
            assertThat(restored.adjacencyEnd(n) - restored.adjacencyStart(n))
                    .isEqualTo(built.adjacencyEnd(n) - built.adjacencyStart(n));
        }
        assertSameDistances(restored, built);
    }

    /** A search from every 50th node on both graphs gives the same distance to every node, bit for bit. */
    private static void assertSameDistances(WalkingGraph restored, WalkingGraph built) {
        List<Snap> builtSources = new ArrayList<>();
        List<Snap> restoredSources = new ArrayList<>();
        for (int n = 0; n < built.nodeCount(); n += 50) {
            builtSources.add(Snap.atNode(built, n));
            restoredSources.add(Snap.atNode(restored, n));
        }
        SearchResult a = new MultiSourceSearch(built, builtSources).maxWalkMeters(5000).run();
        SearchResult b = new MultiSourceSearch(restored, restoredSources).maxWalkMeters(5000).run();
        for (int n = 0; n < built.nodeCount(); n++) {
            assertThat(b.distanceMeters(n)).as("distance of node " + n).isEqualTo(a.distanceMeters(n));
            assertThat(b.nearestSource(n)).isEqualTo(a.nearestSource(n));
        }
    }
}
