package org.lifecircle.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.lifecircle.bench.TestDatabase;

/**
 * A database of its own on the test server, made from the PostGIS template that
 * .ci/setup-postgres.sh creates, for faults that concern a whole database: it can be told to refuse
 * connections ({@code ALLOW_CONNECTIONS false}, {@code CONNECTION LIMIT 0}) without disturbing the
 * test database other tests (and other test runs) share. Dropped, with its connections, at close.
 */
public final class ThrowawayDatabase implements AutoCloseable {

    private final String name;

    private ThrowawayDatabase(String name) {
        this.name = name;
    }

    public static ThrowawayDatabase create() {
        String name = "lc_throwaway_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String template = System.getenv().getOrDefault("LIFECIRCLE_TEST_DB_TEMPLATE", "lifecircle_template");
        execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        return new ThrowawayDatabase(name);
    }

    /** Its JDBC URL: the test database's, with this database's name. */
    public String url() {
        return TestDatabase.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    /** The store settings a planner would give for it (environment variables). */
    public Map<String, String> environment(java.nio.file.Path dataDir) {
        return Map.of("LIFECIRCLE_DATA_DIR", dataDir.toString(), "LIFECIRCLE_DB_URL", url(),
                "LIFECIRCLE_DB_USER", TestDatabase.user(), "LIFECIRCLE_DB_PASSWORD", TestDatabase.password());
    }

    /** As an administrator closes a database for maintenance: new connections are refused (SQLSTATE 55000). */
    public void allowConnections(boolean allowed) {
        execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + allowed);
    }

    /** A connection limit; 0 refuses every new connection as too many (SQLSTATE 53300), -1 is none. */
    public void connectionLimit(int limit) {
        execute("ALTER DATABASE " + name + " CONNECTION LIMIT " + limit);
    }

    /** Connects to it directly, for the SQLException PostgreSQL gives when it refuses. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), TestDatabase.user(), TestDatabase.password());
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection c = TestDatabase.connect(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage() + " (the test role needs CREATEDB and the"
                    + " template database: run .ci/setup-postgres.sh as root)", e);
        }
    }
}
