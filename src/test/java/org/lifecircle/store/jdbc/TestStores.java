package org.lifecircle.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.lifecircle.bench.TestDatabase;
import org.lifecircle.store.PostgisSettings;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;

/**
 * The two stores the contract tests run against: the embedded SQLite database in a temporary
 * folder, and PostGIS in a fresh schema of the test database (dropped afterwards). An unreachable
 * PostgreSQL fails the tests, with a pointer to .ci/setup-postgres.sh (see {@link TestDatabase}).
 */
final class TestStores {

    /** Tables that hold rows of a dataset version. */
    static final List<String> VERSION_TABLES = List.of("dataset_versions", "dataset_sources", "dataset_notes",
            "network_nodes", "network_edges", "facilities", "residential_areas", "districts", "admin_units");

    private TestStores() {
    }

    static JdbcStore embedded(Path dataDir) {
        return (JdbcStore) Stores.open(StoreSettings.embedded(dataDir));
    }

    /** A new schema name for one test class. */
    static String newSchema() {
        return "lc_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** Settings for the test database with the schema first on the search path (PostGIS types stay in public). */
    static StoreSettings postgisSettings(Path dataDir, String schema) {
        String url = TestDatabase.url() + (TestDatabase.url().contains("?") ? "&" : "?") + "currentSchema=" + schema
                + ",public";
        return new StoreSettings(dataDir, Optional.of(new PostgisSettings(url, TestDatabase.user(),
                TestDatabase.password())));
    }

    /** Creates the schema and opens the store in it. */
    static JdbcStore postgis(Path dataDir, String schema) {
        execute("CREATE SCHEMA " + schema);
        return (JdbcStore) Stores.open(postgisSettings(dataDir, schema));
    }

    static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    static void execute(String sql) {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Rows of any version in the version tables, or of one version when given. */
    static long rows(JdbcStore store, Optional<String> versionId) {
        long total = 0;
        try (Connection connection = store.connections().open()) {
            for (String table : VERSION_TABLES) {
                String sql = "SELECT COUNT(*) FROM " + table + (versionId.isPresent() ? " WHERE version_id = ?" : "");
                try (PreparedStatement count = connection.prepareStatement(sql)) {
                    if (versionId.isPresent()) {
                        count.setString(1, versionId.get());
                    }
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        total += rows.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }
}
