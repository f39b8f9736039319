package org.lifecircle.faults;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.lifecircle.bench.TestDatabase;
import org.lifecircle.cli.LifeCircleCli;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;

/**
 * A store the fault tests break, as a planner configures it: the environment variables the
 * command line reads (for runs in this JVM and in separate ones), and a fresh {@link Store} opened
 * from the same settings to look at what survived. PostGIS gets a schema of its own, dropped at
 * {@link #close}; an unreachable PostgreSQL fails the test (see {@link TestDatabase}).
 */
final class FaultStore implements AutoCloseable {

    /** Every table of the schema (db/migration): rows left in any of them by a failed write would show. */
    private static final List<String> TABLES = List.of("datasets", "dataset_versions", "dataset_sources",
            "dataset_notes", "network_nodes", "network_edges", "facilities", "residential_areas", "districts",
            "admin_units", "runs", "run_rules", "run_areas", "run_area_categories", "run_districts");

    private final String label;
    private final Path dataDir;
    private final Map<String, String> environment;
    private final Optional<String> schema;

    private FaultStore(String label, Path dataDir, Map<String, String> environment, Optional<String> schema) {
        this.label = label;
        this.dataDir = dataDir;
        this.environment = environment;
        this.schema = schema;
    }

    /** The embedded SQLite database in {@code folder/data}. */
    static FaultStore embedded(Path folder) {
        Path data = folder.resolve("data");
        return new FaultStore("SQLite", data, Map.of("LIFECIRCLE_DATA_DIR", data.toString()), Optional.empty());
    }

    /** PostGIS in a new schema of the test database; the graph cache in {@code folder/data}. */
    static FaultStore postgis(Path folder) {
        String schema = "lc_fault_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        execute("CREATE SCHEMA " + schema);
        String url = TestDatabase.url() + (TestDatabase.url().contains("?") ? "&" : "?") + "currentSchema=" + schema
                + ",public";
        Path data = folder.resolve("data");
        return new FaultStore("PostGIS", data, Map.of("LIFECIRCLE_DATA_DIR", data.toString(), "LIFECIRCLE_DB_URL", url,
                "LIFECIRCLE_DB_USER", TestDatabase.user(), "LIFECIRCLE_DB_PASSWORD", TestDatabase.password()),
                Optional.of(schema));
    }

    boolean isPostgis() {
        return schema.isPresent();
    }

    Path dataDir() {
        return dataDir;
    }

    Path graphCache() {
        return dataDir.resolve("graph-cache");
    }

    Map<String, String> environment() {
        return environment;
    }

    /** A new store on the same database, as the next command would open it. */
    Store open() {
        return Stores.open(StoreSettings.fromEnvironment(environment));
    }

    /** The command line in this JVM, with this store's settings. */
    CliRun cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeCircleCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Rows per table, counted over plain JDBC (not through the store, which shows only what a
     * dataset name or run id reaches): orphaned rows of an unfinished write would show here.
     */
    Map<String, Long> tableRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + schema.map(s -> s + ".")
                        .orElse("") + table)) {
                    count.next();
                    rows.put(table, count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting rows in " + label + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private Connection connect() throws SQLException {
        if (isPostgis()) {
            return TestDatabase.connect();
        }
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("lifecircle.db"));
    }

    /**
     * Whether a process holds the embedded database's write lock (an open write transaction): a
     * write asked for here, without waiting, is refused as busy.
     */
    boolean embeddedWriteLockHeld() {
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            try {
                statement.execute("BEGIN IMMEDIATE");
            } catch (SQLException e) {
                return String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
            }
            statement.execute("ROLLBACK");
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("asking for the write lock of " + label + ": " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL backends (other than the asking one) holding locks on this store's tables: the
     * connection of a transaction that has written rows and not yet ended.
     */
    List<Integer> backendsWriting() {
        List<Integer> pids = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement query = c.prepareStatement("SELECT DISTINCT l.pid"
                + " FROM pg_locks l JOIN pg_class t ON t.oid = l.relation JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = ? AND l.pid <> pg_backend_pid() ORDER BY l.pid")) {
            query.setString(1, schema.orElseThrow());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pids.add(rows.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pids;
    }

    /**
     * Ends a backend as an administrator would ({@code pg_terminate_backend}). The test role may:
     * PostgreSQL lets a role signal backends of its own role.
     */
    boolean terminate(int pid) {
        try (Connection c = TestDatabase.connect(); PreparedStatement terminate = c.prepareStatement(
                "SELECT pg_terminate_backend(?)")) {
            terminate.setInt(1, pid);
            try (ResultSet rows = terminate.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pg_terminate_backend(" + pid + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        schema.ifPresent(s -> execute("DROP SCHEMA IF EXISTS " + s + " CASCADE"));
    }

    private static void execute(String sql) {
        try (Connection c = TestDatabase.connect(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
