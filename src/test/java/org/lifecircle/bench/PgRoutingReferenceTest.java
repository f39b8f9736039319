package org.lifecircle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/** The reference itself, on a small synthetic city: it must agree with the engine and time queries. */
@Tag("postgis")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgRoutingReferenceTest {

    private static final double MAX_WALK_METERS = 600;

    private Connection connection;
    private WalkingGraph graph;
    private PgRoutingReference reference;

    @BeforeAll
    void load() throws SQLException {
        connection = TestDatabase.connect();
        graph = SyntheticCity.generate(7, 40).graph();
        reference = PgRoutingReference.load(connection, graph);
    }

    @AfterAll
    void close() throws SQLException {
        if (reference != null) {
            reference.close();
        }
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void superSourceAtNodesAgreesWithTheEngine() throws SQLException {
        List<Snap> sources = new ArrayList<>();
        new Random(1).ints(0, graph.nodeCount()).distinct().limit(30).forEach(n -> sources.add(Snap.atNode(graph, n)));
        assertAgrees(sources);
    }

    @Test
    void superSourceInsideEdgesAgreesWithTheEngine() throws SQLException {
        Random random = new Random(2);
        List<Snap> sources = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int edge = random.nextInt(graph.edgeCount());
            double length = graph.edgeLengthMeters(edge);
            sources.add(new Snap(edge, length * (0.1 + 0.8 * random.nextDouble()), length, 0,
                    graph.edgeVertexLon(edge, 0), graph.edgeVertexLat(edge, 0)));
        }
        assertAgrees(sources);
    }

    private void assertAgrees(List<Snap> sources) throws SQLException {
        SearchResult engine = new MultiSourceSearch(graph, sources).maxWalkMeters(MAX_WALK_METERS).run();
        double[] exact = reference.superSourceDistancesMeters(sources, MAX_WALK_METERS);
        DistanceComparison comparison = DistanceComparison.compare(engine, exact, 0.01);
        assertTrue(comparison.agrees(), comparison.summary());
        assertTrue(comparison.reachedByBoth() > 100, comparison.summary());
    }

    @Test
    void equicostFromOneSourceIsThatSourcesExactSearch() throws SQLException {
        int node = graph.nodeCount() / 2;
        double[] exact = reference.superSourceDistancesMeters(List.of(Snap.atNode(graph, node)), MAX_WALK_METERS);
        double[] equicost = reference.equicostDistancesMeters(new int[] {node}, MAX_WALK_METERS);
        for (int n = 0; n < graph.nodeCount(); n++) {
            assertEquals(exact[n], equicost[n], 1e-9, "node " + n);
        }
    }

    @Test
    void executionTimesComeFromTheServer() throws SQLException {
        List<Snap> sources = List.of(Snap.atNode(graph, 0), Snap.atNode(graph, graph.nodeCount() - 1));
        assertTrue(reference.superSourceExecutionMillis(sources, MAX_WALK_METERS) > 0);
        assertTrue(reference.equicostExecutionMillis(new int[] {0, graph.nodeCount() - 1}, MAX_WALK_METERS) > 0);
    }
}
