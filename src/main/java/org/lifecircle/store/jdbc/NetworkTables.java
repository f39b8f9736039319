package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.lifecircle.store.NetworkRows;
import org.lifecircle.store.NetworkSink;

/** network_nodes and network_edges: a dataset version's walking graph, row per node and edge. */
final class NetworkTables {

    /** Rows fetched per round trip when reading (PostgreSQL streams with a cursor inside a transaction). */
    private static final int FETCH_ROWS = 10_000;

    private NetworkTables() {
    }

    static void insert(Connection connection, Dialect dialect, String versionId, NetworkRows network,
                       BatchInsert.RowCount progress) throws SQLException {
        try (BatchInsert nodes = new BatchInsert(connection, "INSERT INTO network_nodes (version_id, node_id, osm_id,"
                + " component, geom) VALUES (?, ?, ?, ?, " + dialect.geometryParameter() + ")", progress)) {
            for (int n = 0; n < network.nodeCount(); n++) {
                PreparedStatement row = nodes.row();
                row.setString(1, versionId);
                row.setInt(2, n);
                row.setLong(3, network.nodeOsmId(n));
                row.setInt(4, network.nodeComponent(n));
                row.setBytes(5, Wkb.point(network.nodeLon(n), network.nodeLat(n)));
                nodes.add();
            }
        }
        try (BatchInsert edges = new BatchInsert(connection, "INSERT INTO network_edges (version_id, edge_id, from_node,"
                + " to_node, length_m, osm_way_id, highway, geom) VALUES (?, ?, ?, ?, ?, ?, ?, " + dialect.geometryParameter()
                + ")",
                progress)) {
            for (int e = 0; e < network.edgeCount(); e++) {
                PreparedStatement row = edges.row();
                row.setString(1, versionId);
                row.setInt(2, e);
                row.setInt(3, network.edgeFrom(e));
                row.setInt(4, network.edgeTo(e));
                row.setDouble(5, network.edgeLengthMeters(e));
                row.setLong(6, network.edgeOsmWayId(e));
                row.setString(7, network.edgeHighway(e));
                row.setBytes(8, Wkb.line(network.edgeLonLat(e)));
                edges.add();
            }
        }
    }

    /** Hands the version's network to the sink; the counts come from its dataset_versions row. */
    static void read(Connection connection, Dialect dialect, String versionId, int nodeCount, int edgeCount,
                     NetworkSink sink) throws SQLException {
        sink.start(nodeCount, edgeCount);
        try (PreparedStatement nodes = connection.prepareStatement("SELECT osm_id, component, " + dialect.wkb("geom") + " AS geom"
                + " FROM network_nodes WHERE version_id = ? ORDER BY node_id")) {
            nodes.setString(1, versionId);
            nodes.setFetchSize(FETCH_ROWS);
            try (ResultSet rows = nodes.executeQuery()) {
                while (rows.next()) {
                    double[] lonLat = Wkb.lonLat(rows.getBytes("geom"));
                    sink.node(rows.getLong("osm_id"), lonLat[0], lonLat[1], rows.getInt("component"));
                }
            }
        }
        try (PreparedStatement edges = connection.prepareStatement("SELECT from_node, to_node, length_m, osm_way_id,"
                + " highway, " + dialect.wkb("geom") + " AS geom FROM network_edges WHERE version_id = ? ORDER BY edge_id")) {
            edges.setString(1, versionId);
            edges.setFetchSize(FETCH_ROWS);
            try (ResultSet rows = edges.executeQuery()) {
                while (rows.next()) {
                    sink.edge(rows.getInt("from_node"), rows.getInt("to_node"), rows.getDouble("length_m"),
                            rows.getLong("osm_way_id"), rows.getString("highway"), Wkb.lonLat(rows.getBytes("geom")));
                }
            }
        }
    }
}
