package org.lifecircle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * pgRouting as the reference for multi-source walking distances: a walking graph copied into a
 * temporary table, and {@code pgr_drivingDistance} queries over it.
 *
 * <p>The exact reference is a <em>super source</em>: one virtual vertex joined to every source
 * by a zero-cost edge, searched with single-source {@code pgr_drivingDistance}. A source at a
 * node is joined directly; a source inside an edge gets its own virtual vertex with two edges of
 * its partial lengths to the edge's ends. The {@code equicost => true} multi-start variant is
 * offered too, for node sources, because it is what a pgRouting user would reach for.
 *
 * <p>Vertex ids: engine node n is pgRouting vertex n + 1; edge e is edge id e + 1. Tables are
 * temporary (per session) and dropped on {@link #close()}. Not thread-safe: one connection.
 */
public final class PgRoutingReference implements AutoCloseable {

    private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final WalkingGraph graph;
    private final String edgeTable;
    private final String virtualTable;

    private PgRoutingReference(Connection connection, WalkingGraph graph, String edgeTable, String virtualTable) {
        this.connection = connection;
        this.graph = graph;
        this.edgeTable = edgeTable;
        this.virtualTable = virtualTable;
    }

    /**
     * Copies the graph's edges into a fresh temporary table on the connection. The connection
     * stays owned by the caller; close this reference to drop its tables.
     */
    public static PgRoutingReference load(Connection connection, WalkingGraph graph) throws SQLException {
        int n = TABLE_COUNTER.incrementAndGet();
        String edges = "lc_ref_edges_" + n;
        String virtual = "lc_ref_virtual_" + n;
        try (Statement st = connection.createStatement()) {
            // Only takes effect before the session's first temporary table; keeps big graphs in memory.
            st.execute("SET temp_buffers = '1GB'");
            for (String table : List.of(edges, virtual)) {
                st.execute("CREATE TEMPORARY TABLE " + table + " (id bigint, source bigint, target bigint,"
                        + " cost double precision, reverse_cost double precision)");
            }
        }
        try (EdgeRowsCopy copy = new EdgeRowsCopy(connection, edges)) {
            for (int e = 0; e < graph.edgeCount(); e++) {
                copy.add(e + 1L, graph.edgeFrom(e) + 1L, graph.edgeTo(e) + 1L, graph.edgeLengthMeters(e));
            }
            copy.finish();
        }
        try (Statement st = connection.createStatement()) {
            st.execute("ANALYZE " + edges);
        }
        return new PgRoutingReference(connection, graph, edges, virtual);
    }

    public WalkingGraph graph() {
        return graph;
    }

    /**
     * Exact distance from the nearest source to every node within the limit, through a super
     * source; positive infinity for nodes beyond it.
     */
    public double[] superSourceDistancesMeters(List<Snap> sources, double maxWalkMeters) throws SQLException {
        return collectMinimum(prepareSuperSource(sources, maxWalkMeters, false));
    }

    /** Server-side execution time in ms of the query behind {@link #superSourceDistancesMeters}. */
    public double superSourceExecutionMillis(List<Snap> sources, double maxWalkMeters) throws SQLException {
        return executionMillis(prepareSuperSource(sources, maxWalkMeters, true));
    }

    /**
     * Per node the smallest {@code agg_cost} that multi-start {@code pgr_drivingDistance} with
     * {@code equicost => true} reports from the given source nodes; positive infinity for nodes
     * it does not return. Not guaranteed to equal the exact distance.
     */
    public double[] equicostDistancesMeters(int[] sourceNodes, double maxWalkMeters) throws SQLException {
        return collectMinimum(prepareEquicost(sourceNodes, maxWalkMeters, false));
    }

    /** Server-side execution time in ms of the query behind {@link #equicostDistancesMeters}. */
    public double equicostExecutionMillis(int[] sourceNodes, double maxWalkMeters) throws SQLException {
        return executionMillis(prepareEquicost(sourceNodes, maxWalkMeters, true));
    }

    private PreparedStatement prepareSuperSource(List<Snap> sources, double maxWalkMeters, boolean explain)
            throws SQLException {
        long superVertex = loadSuperSourceEdges(sources);
        PreparedStatement query = connection.prepareStatement(explainPrefix(explain)
                + "SELECT node, agg_cost FROM pgr_drivingDistance(?, ?::bigint, ?, directed => false)");
        query.setString(1, edgesSql() + " UNION ALL SELECT id, source, target, cost, reverse_cost FROM " + virtualTable);
        query.setLong(2, superVertex);
        query.setDouble(3, maxWalkMeters);
        return query;
    }

    private PreparedStatement prepareEquicost(int[] sourceNodes, double maxWalkMeters, boolean explain)
            throws SQLException {
        Long[] vertices = new Long[sourceNodes.length];
        for (int i = 0; i < sourceNodes.length; i++) {
            vertices[i] = graph.getNode(sourceNodes[i]) + 1L;
        }
        PreparedStatement query = connection.prepareStatement(explainPrefix(explain) + "SELECT node, agg_cost"
                + " FROM pgr_drivingDistance(?, ?::bigint[], ?, directed => false, equicost => true)");
        query.setString(1, edgesSql());
        query.setArray(2, connection.createArrayOf("bigint", vertices));
        query.setDouble(3, maxWalkMeters);
        return query;
    }

    private static String explainPrefix(boolean explain) {
        return explain ? "EXPLAIN (ANALYZE, FORMAT JSON) " : "";
    }

    private String edgesSql() {
        return "SELECT id, source, target, cost, reverse_cost FROM " + edgeTable;
    }

    /**
     * Replaces the virtual edges with those of these sources and returns the super vertex: every
     * source joins it at zero cost, directly at a node or through its own vertex inside an edge.
     */
    private long loadSuperSourceEdges(List<Snap> sources) throws SQLException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a super source needs at least one source");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("TRUNCATE " + virtualTable);
        }
        long superVertex = graph.nodeCount() + 1L;
        long edgeId = graph.edgeCount() + 1L;
        try (EdgeRowsCopy copy = new EdgeRowsCopy(connection, virtualTable)) {
            for (int s = 0; s < sources.size(); s++) {
                Snap source = sources.get(s);
                long from = graph.edgeFrom(source.edge()) + 1L;
                long to = graph.edgeTo(source.edge()) + 1L;
                if (source.offsetMeters() == 0) {
                    copy.add(edgeId++, superVertex, from, 0);
                } else if (source.offsetMeters() == source.edgeLengthMeters()) {
                    copy.add(edgeId++, superVertex, to, 0);
                } else {
                    long inside = superVertex + 1 + s;
                    copy.add(edgeId++, superVertex, inside, 0);
                    copy.add(edgeId++, inside, from, source.offsetMeters());
                    copy.add(edgeId++, inside, to, source.remainingMeters());
                }
            }
            copy.finish();
        }
        return superVertex;
    }

    /** Runs the query; per engine node the smallest agg_cost returned, +infinity if none. */
    private double[] collectMinimum(PreparedStatement query) throws SQLException {
        double[] distance = new double[graph.nodeCount()];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        try (query; ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long node = rows.getLong(1) - 1;
                if (node >= 0 && node < distance.length) {
                    distance[(int) node] = Math.min(distance[(int) node], rows.getDouble(2));
                }
            }
        }
        return distance;
    }

    /** Runs the EXPLAIN ANALYZE query and returns its "Execution Time" in ms. */
    private static double executionMillis(PreparedStatement explain) throws SQLException {
        try (explain; ResultSet rows = explain.executeQuery()) {
            rows.next();
            JsonNode plan = JSON.readTree(rows.getString(1)).get(0);
            JsonNode time = plan == null ? null : plan.get("Execution Time");
            if (time == null) {
                throw new SQLException("EXPLAIN output has no Execution Time: " + rows.getString(1));
            }
            return time.asDouble();
        } catch (IOException e) {
            throw new SQLException("unreadable EXPLAIN output", e);
        }
    }

    /** Drops this reference's tables; the connection stays open. */
    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + edgeTable + ", " + virtualTable);
        }
    }
}
