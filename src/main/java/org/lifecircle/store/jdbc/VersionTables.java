package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.store.DatasetCounts;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.NetworkBuild;
import org.lifecircle.store.NewDataset;
import org.lifecircle.store.SourceFile;
import org.lifecircle.store.SourceRole;

/** datasets (name -> current version), dataset_versions, dataset_sources and dataset_notes. */
final class VersionTables {

    static final String NOTE_REPAIRED = "repaired";
    static final String NOTE_SKIPPED = "skipped";

    private static final String VERSION_COLUMNS = "d.name, v.version_id, v.created_at, v.content_sha256, v.node_count,"
            + " v.edge_count, v.facility_count, v.area_count, v.district_count, v.graph_input_nodes,"
            + " v.graph_input_edges, v.graph_min_component_nodes, v.graph_kept_components, v.graph_dropped_components,"
            + " v.graph_dropped_nodes, v.graph_dropped_edges";
    private static final String CURRENT = "SELECT " + VERSION_COLUMNS
            + " FROM datasets d JOIN dataset_versions v ON v.version_id = d.version_id";

    /** A current version's row: its description and its graph build report. */
    record VersionRow(DatasetInfo info, NetworkBuild build) {
    }

    private VersionTables() {
    }

    static void insertVersion(Connection connection, Dialect dialect, String versionId, NewDataset dataset)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dataset_versions (version_id,"
                + " dataset_name, created_at, content_sha256, node_count, edge_count, facility_count, area_count,"
                + " district_count, graph_input_nodes, graph_input_edges, graph_min_component_nodes,"
                + " graph_kept_components, graph_dropped_components, graph_dropped_nodes, graph_dropped_edges)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, versionId);
            insert.setString(2, dataset.name());
            dialect.setInstant(insert, 3, dataset.createdAt());
            insert.setString(4, dataset.contentSha256());
            int[] counts = {dataset.network().nodeCount(), dataset.network().edgeCount(),
                dataset.features().facilities().size(), dataset.features().areas().size(),
                dataset.features().districts().size()};
            NetworkBuild b = dataset.build();
            int[] build = {b.inputNodes(), b.inputEdges(), b.minComponentNodes(), b.keptComponents(),
                b.droppedComponents(), b.droppedNodes(), b.droppedEdges()};
            for (int i = 0; i < counts.length; i++) {
                insert.setInt(5 + i, counts[i]);
            }
            for (int i = 0; i < build.length; i++) {
                insert.setInt(10 + i, build[i]);
            }
            insert.executeUpdate();
        }
    }

    static void insertSources(Connection connection, String versionId, List<SourceFile> sources) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dataset_sources (version_id, ordinal,"
                + " role, path, crs, sha256, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < sources.size(); i++) {
                SourceFile source = sources.get(i);
                insert.setString(1, versionId);
                insert.setInt(2, i);
                insert.setString(3, source.role().id());
                insert.setString(4, source.path());
                insert.setString(5, source.crs());
                insert.setString(6, source.sha256());
                insert.setLong(7, source.sizeBytes());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void insertNotes(Connection connection, String versionId, List<String> repaired, List<String> skipped)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dataset_notes (version_id, ordinal,"
                + " kind, note) VALUES (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (String note : repaired) {
                addNote(insert, versionId, ordinal++, NOTE_REPAIRED, note);
            }
            for (String note : skipped) {
                addNote(insert, versionId, ordinal++, NOTE_SKIPPED, note);
            }
            insert.executeBatch();
        }
    }

    private static void addNote(PreparedStatement insert, String versionId, int ordinal, String kind, String note)
            throws SQLException {
        insert.setString(1, versionId);
        insert.setInt(2, ordinal);
        insert.setString(3, kind);
        insert.setString(4, note);
        insert.addBatch();
    }

    /** The name's current version, locked until the transaction ends (so concurrent imports queue up). */
    static Optional<String> lockPointer(Connection connection, Dialect dialect, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version_id FROM datasets WHERE name = ?" + dialect.forUpdate())) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Points the name at the version (a new row, or the existing one moved). */
    static void point(Connection connection, String name, String versionId, boolean exists) throws SQLException {
        String sql = exists ? "UPDATE datasets SET version_id = ? WHERE name = ?"
                : "INSERT INTO datasets (version_id, name) VALUES (?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, versionId);
            statement.setString(2, name);
            statement.executeUpdate();
        }
    }

    static void deletePointer(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM datasets WHERE name = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
    }

    /** Deletes a version and, by cascade, every row of it. */
    static void deleteVersion(Connection connection, String versionId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM dataset_versions WHERE version_id = ?")) {
            delete.setString(1, versionId);
            delete.executeUpdate();
        }
    }

    /** Current versions, all or the one of a name, sorted by name (in Java: both databases alike). */
    static List<VersionRow> current(Connection connection, Dialect dialect, Optional<String> name)
            throws SQLException {
        List<VersionRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CURRENT + (name.isPresent() ? " WHERE d.name = ?" : ""))) {
            if (name.isPresent()) {
                select.setString(1, name.get());
            }
            try (ResultSet result = select.executeQuery()) {
                Map<String, List<SourceFile>> sources = sources(connection, name);
                while (result.next()) {
                    rows.add(row(result, dialect, sources.getOrDefault(result.getString("version_id"), List.of())));
                }
            }
        }
        rows.sort(Comparator.comparing(row -> row.info().name()));
        return rows;
    }

    private static VersionRow row(ResultSet r, Dialect dialect, List<SourceFile> sources) throws SQLException {
        DatasetCounts counts = new DatasetCounts(r.getInt("node_count"), r.getInt("edge_count"),
                r.getInt("facility_count"), r.getInt("area_count"), r.getInt("district_count"));
        DatasetInfo info = new DatasetInfo(r.getString("name"), r.getString("version_id"),
                dialect.instant(r, "created_at"), r.getString("content_sha256"), sources,
                counts);
        NetworkBuild build = new NetworkBuild(r.getInt("graph_input_nodes"), r.getInt("graph_input_edges"),
                r.getInt("graph_min_component_nodes"), r.getInt("graph_kept_components"),
                r.getInt("graph_dropped_components"), r.getInt("graph_dropped_nodes"), r.getInt("graph_dropped_edges"));
        return new VersionRow(info, build);
    }

    private static Map<String, List<SourceFile>> sources(Connection connection, Optional<String> name)
            throws SQLException {
        Map<String, List<SourceFile>> byVersion = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.version_id, s.role, s.path, s.crs,"
                + " s.sha256, s.size_bytes FROM dataset_sources s JOIN datasets d ON d.version_id = s.version_id"
                + (name.isPresent() ? " WHERE d.name = ?" : "") + " ORDER BY s.version_id, s.ordinal")) {
            if (name.isPresent()) {
                select.setString(1, name.get());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byVersion.computeIfAbsent(rows.getString("version_id"), v -> new ArrayList<>())
                            .add(new SourceFile(SourceRole.getById(rows.getString("role")), rows.getString("path"),
                                    rows.getString("crs"), rows.getString("sha256"), rows.getLong("size_bytes")));
                }
            }
        }
        return byVersion;
    }

    /** The version's notes of one kind, in order. */
    static List<String> notes(Connection connection, String versionId, String kind) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT note FROM dataset_notes"
                + " WHERE version_id = ? AND kind = ? ORDER BY ordinal")) {
            select.setString(1, versionId);
            select.setString(2, kind);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    notes.add(rows.getString(1));
                }
            }
        }
        return notes;
    }

    /** Node and edge counts of a version, if it exists. */
    static Optional<int[]> networkCounts(Connection connection, String versionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT node_count, edge_count FROM dataset_versions WHERE version_id = ?")) {
            select.setString(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new int[] {rows.getInt(1), rows.getInt(2)}) : Optional.empty();
            }
        }
    }

    /** Version ids that datasets point at. */
    static List<String> currentVersionIds(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT version_id FROM datasets");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
