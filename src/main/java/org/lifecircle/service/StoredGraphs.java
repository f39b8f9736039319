package org.lifecircle.service;

import org.lifecircle.network.GraphBuildReport;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.network.WalkingGraphRestorer;
import org.lifecircle.store.DatasetStore;
import org.lifecircle.store.NetworkBuild;
import org.lifecircle.store.NetworkSink;

/** Walking graphs of stored datasets: restored from the store's rows (or its graph cache), identical to the built ones. */
final class StoredGraphs {

    private StoredGraphs() {
    }

    static WalkingGraph load(DatasetStore datasets, String versionId) {
        Restoring sink = new Restoring();
        datasets.readNetwork(versionId, sink);
        return sink.restorer.restore();
    }

    static NetworkBuild toStore(GraphBuildReport r) {
        return new NetworkBuild(r.inputNodes(), r.inputEdges(), r.minComponentNodes(), r.keptComponents(),
                r.droppedComponents(), r.droppedNodes(), r.droppedEdges());
    }

    static GraphBuildReport fromStore(NetworkBuild b) {
        return new GraphBuildReport(b.inputNodes(), b.inputEdges(), b.minComponentNodes(), b.keptComponents(),
                b.droppedComponents(), b.droppedNodes(), b.droppedEdges());
    }

    /** Feeds the store's rows to the graph restorer. */
    private static final class Restoring implements NetworkSink {
        private WalkingGraphRestorer restorer;

        @Override
        public void start(int nodeCount, int edgeCount) {
            restorer = new WalkingGraphRestorer(nodeCount, edgeCount);
        }

        @Override
        public void node(long osmId, double lon, double lat, int component) {
            restorer.addNode(osmId, lon, lat, component);
        }

        @Override
        public void edge(int from, int to, double lengthMeters, long osmWayId, String highway, double[] lonLat) {
            restorer.addEdge(from, to, lengthMeters, osmWayId, highway, lonLat);
        }
    }
}
