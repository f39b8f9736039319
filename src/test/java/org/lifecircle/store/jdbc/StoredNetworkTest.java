package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.service.datasets.GraphRows;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.NetworkBuild;
import org.lifecircle.store.NewDataset;
import org.lifecircle.testdata.TestData;

/**
 * A real city's walking graph (Chengdu extract) stored and restored on both stores, from the graph
 * cache and from the database rows: the same node ids, coordinates, components, edges, shapes and
 * lengths as the graph built from the OSM file, and the same search distances to the last bit.
 */
class StoredNetworkTest {

    private static final Path CHENGDU = TestData.osm("chengdu-central-2018");

    @TempDir
    static Path folder;
    private static final BothStores STORES = new BothStores();
    private static OsmNetwork chengdu;

    @BeforeAll
    static void openBothStores() {
        STORES.open(folder);
        chengdu = new OsmNetworkLoader(PedestrianAccess.standard()).load(CHENGDU);
    }

    @AfterAll
    static void closeAndDrop() {
        STORES.close();
    }

    static Stream<Named<JdbcStore>> stores() {
        return STORES.named();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theRestoredGraphIsTheGraphBuiltFromTheOsmFile(JdbcStore store) throws Exception {
        var b = chengdu.build();
        DatasetInfo info = store.datasets().save(new NewDataset("chengdu", Instant.now(), "0".repeat(64), List.of(),
                new GraphRows(chengdu.graph()), new NetworkBuild(b.inputNodes(), b.inputEdges(), b.minComponentNodes(),
                        b.keptComponents(), b.droppedComponents(), b.droppedNodes(), b.droppedEdges()),
                new DatasetFeatures(List.of(), List.of(), List.of(), Map.of(), List.of(), List.of())));
        Path snapshot = store.graphCache().fileOf(info.versionId());
        assertThat(snapshot).as("written by the import").exists();
        GraphIdentity.assertSameGraph(GraphIdentity.restore(store, info.versionId()), chengdu.graph());
        Files.delete(snapshot);
        GraphIdentity.assertSameGraph(GraphIdentity.restore(store, info.versionId()), chengdu.graph());
        assertThat(snapshot).as("refilled from the database").exists();
    }
}
