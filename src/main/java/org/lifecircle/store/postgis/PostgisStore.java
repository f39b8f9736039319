package org.lifecircle.store.postgis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.StoreUnavailableException;
import org.lifecircle.store.PostgisSettings;
import org.lifecircle.store.cache.GraphCache;
import org.lifecircle.store.jdbc.ConnectionSource;
import org.lifecircle.store.jdbc.Dialect;
import org.lifecircle.store.jdbc.JdbcStore;
import org.lifecircle.store.jdbc.SchemaMigrations;

/**
 * Opens the PostGIS store: connects once to check the server, the login and the postgis
 * extension (each failure is one message naming the URL and user, never the password), then
 * migrates the schema. Geometries travel as WKB, so the driver needs no PostGIS geometry types.
 */
public final class PostgisStore {

    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private PostgisStore() {
    }

    public static JdbcStore open(PostgisSettings settings, Path dataDir, GraphCache cache) {
        ConnectionSource connections = new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return DriverManager.getConnection(settings.url(), properties(settings));
            }

            @Override
            public String description() {
                return "PostgreSQL at " + settings.where();
            }
        };
        try (Connection connection = connections.open()) {
            requirePostgis(connection, settings);
        } catch (SQLException e) {
            String message = PostgisErrors.cannotConnect(settings, e);
            throw PostgisErrors.refusesConnections(e) ? new StoreUnavailableException(message, e)
                    : new InvalidInputException(message, e);
        }
        SchemaMigrations.migrate(settings.url(), settings.user(), settings.password(), "classpath:db/migration/postgis",
                "PostgreSQL at " + settings.where());
        return new JdbcStore(connections, new PostgisDialect(), cache, dataDir, () -> { });
    }

    private static Properties properties(PostgisSettings settings) {
        Properties properties = new Properties();
        if (!settings.user().isEmpty()) {
            properties.setProperty("user", settings.user());
        }
        properties.setProperty("password", settings.password());
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "LifeCircle");
        // one multi-row INSERT per batch instead of one statement per row: imports of large networks
        properties.setProperty("reWriteBatchedInserts", "true");
        return properties;
    }

    private static void requirePostgis(Connection connection, PostgisSettings settings) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement(
                "SELECT extversion FROM pg_extension WHERE extname = 'postgis'"); ResultSet rows = check.executeQuery()) {
            if (!rows.next()) {
                throw new InvalidInputException("PostgreSQL at " + settings.where() + " has no PostGIS: as a superuser,"
                        + " run CREATE EXTENSION postgis in that database (.ci/setup-postgres.sh does this)");
            }
        }
    }

    /** PostgreSQL: a repeatable-read transaction sees one snapshot, taken at its first statement. */
    private static final class PostgisDialect implements Dialect {

        @Override
        public void beginSnapshot(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        }

        @Override
        public void afterImport(Connection connection) throws SQLException {
            // fresh statistics, so that the planner picks the GiST indexes for small boxes right away
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE facilities");
                statement.execute("ANALYZE residential_areas");
                statement.execute("ANALYZE districts");
            }
        }
    }
}
