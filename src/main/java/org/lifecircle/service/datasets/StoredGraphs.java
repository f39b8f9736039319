package org.lifecircle.service.datasets;

import org.lifecircle.network.GraphBuildReport;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.network.WalkingGraphRestorer;
import org.lifecircle.store.DatasetStore;
import org.lifecircle.store.NetworkBuild;
import org.lifecircle.store.NetworkSink;
import org.lifecircle.store.StoredDataset;
import org.lifecircle.store.VersionGoneException;

/** Walking graphs of stored datasets: restored from the store's rows (or its graph cache), identical to the built ones. */
public final class StoredGraphs {

    private StoredGraphs() {
    }

    /**
     * How often a reader reads again when the version it read went away before its network was
     * read: each retry needs another import of that name to commit in the moment between, so a
     * few are plenty (the race test sees at most 2 with 4 importers in a row).
     */
    private static final int ATTEMPTS = 8;

    /** A dataset's current version with its walking graph, read as one. */
    public record Whole(StoredDataset dataset, WalkingGraph graph) {
    }

    /**
     * The dataset's current version and its graph. A re-import that commits between reading the
     * features and reading the network removes the version read first: then both are read again,
     * so a reader gets the old or the new version whole, never an error for a race it lost.
     */
    public static Whole loadCurrent(DatasetStore datasets, String name) {
        for (int attempt = 1; ; attempt++) {
            StoredDataset dataset = datasets.read(name);
            try {
                return new Whole(dataset, load(datasets, dataset.info().versionId()));
            } catch (VersionGoneException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public static WalkingGraph load(DatasetStore datasets, String versionId) {
        Restoring sink = new Restoring();
        datasets.readNetwork(versionId, sink);
        return sink.restorer.restore();
    }

    static NetworkBuild toStore(GraphBuildReport r) {
        return new NetworkBuild(r.inputNodes(), r.inputEdges(), r.minComponentNodes(), r.keptComponents(),
                r.droppedComponents(), r.droppedNodes(), r.droppedEdges());
    }

    public static GraphBuildReport fromStore(NetworkBuild b) {
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
