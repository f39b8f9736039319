package org.lifecircle.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.NetworkSink;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoredDataset;
import org.lifecircle.store.StoredRun;

/**
 * Everything a store holds, read back through a freshly opened store: every dataset with its
 * features and its walking network as restored from the database rows (the graph snapshot is
 * set aside for the reading), and every run with all its results. Two states are equal when
 * nothing was lost, added or changed.
 */
record StoreState(List<DatasetInfo> datasets, List<StoredDataset> contents, List<String> networks, List<RunInfo> runs,
                  List<StoredRun> results) {

    static StoreState of(FaultStore store) {
        try (Store open = store.open()) {
            List<DatasetInfo> datasets = open.datasets().list();
            List<StoredDataset> contents = new ArrayList<>();
            List<String> networks = new ArrayList<>();
            for (DatasetInfo info : datasets) {
                contents.add(open.datasets().read(info.name()));
                networks.add(networkFromDatabase(open, store.graphCache(), info.versionId()));
            }
            List<RunInfo> runs = open.runs().list(Optional.empty());
            List<StoredRun> results = runs.stream().map(run -> open.runs().read(run.id())).toList();
            return new StoreState(datasets, contents, networks, runs, results);
        }
    }

    /** This state with the runs the store holds now (datasets as they are here: not read again). */
    StoreState withRunsOf(FaultStore store) {
        try (Store open = store.open()) {
            List<RunInfo> runs = open.runs().list(Optional.empty());
            return new StoreState(datasets, contents, networks, runs,
                    runs.stream().map(run -> open.runs().read(run.id())).toList());
        }
    }

    List<String> datasetNames() {
        return datasets.stream().map(DatasetInfo::name).toList();
    }

    /** The network of a version restored from the rows (its snapshot moved away meanwhile): counts and total length. */
    private static String networkFromDatabase(Store store, Path cache, String versionId) {
        Path snapshot = cache.resolve(versionId + ".lcgraph");
        Path aside = cache.resolve(versionId + ".aside");
        try {
            boolean cached = Files.exists(snapshot);
            if (cached) {
                Files.move(snapshot, aside);
            }
            Counting counting = new Counting();
            store.datasets().readNetwork(versionId, counting);
            if (cached) {
                Files.move(aside, snapshot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return counting.nodes + " nodes, " + counting.edges + " edges, " + counting.meters + " m";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Counting implements NetworkSink {
        private int nodes;
        private int edges;
        private double meters;

        @Override
        public void start(int nodeCount, int edgeCount) {
        }

        @Override
        public void node(long osmId, double lon, double lat, int component) {
            nodes++;
        }

        @Override
        public void edge(int from, int to, double lengthMeters, long osmWayId, String highway, double[] lonLat) {
            edges++;
            meters += lengthMeters;
        }
    }
}
