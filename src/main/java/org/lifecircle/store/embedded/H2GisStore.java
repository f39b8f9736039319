package org.lifecircle.store.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2gis.functions.factory.H2GISFunctions;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.store.StoreSetting;
import org.lifecircle.store.cache.GraphCache;
import org.lifecircle.store.jdbc.ConnectionSource;
import org.lifecircle.store.jdbc.Dialect;
import org.lifecircle.store.jdbc.JdbcStore;
import org.lifecircle.store.jdbc.SchemaMigrations;

/**
 * Opens the embedded store of LifeCircle 0.1, {@code DATA_DIR/lifecircle.mv.db} (an H2 database
 * with H2GIS), to read it: only {@link LegacyStores} does, to migrate its contents to SQLite.
 *
 * <p>URL options: AUTO_SERVER lets a second process (a command-line run while the server is up)
 * use the same file through the first one; LOCK_TIMEOUT gives concurrent imports of one name
 * ten seconds to queue up instead of H2's one second.
 */
final class H2GisStore {

    /** The database file's base name; H2 adds {@code .mv.db}. */
    static final String DATABASE_NAME = "lifecircle";
    private static final String OPTIONS = ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
    private static final String USER = "sa";

    private H2GisStore() {
    }

    static JdbcStore open(Path dataDir, GraphCache cache) {
        Path folder = dataDir.toAbsolutePath().normalize();
        if (folder.toString().contains(";")) {
            throw new InvalidInputException(StoreSetting.DATA_DIR.environmentVariable() + " " + folder
                    + ": the embedded database cannot live in a path with ';'");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidInputException(StoreSetting.DATA_DIR.environmentVariable() + " " + folder
                    + ": cannot create the data folder (" + e.getMessage() + ")");
        }
        String url = "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + OPTIONS;
        String where = "the embedded database " + folder.resolve(DATABASE_NAME + ".mv.db");
        Connection keeper = connect(url, where);
        try {
            SchemaMigrations.migrate(url, USER, "", "classpath:db/migration/h2", where);
            loadSpatialFunctions(keeper, where);
            return new JdbcStore(connections(url, where), new H2Dialect(), cache, dataDir, keeper::close);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            throw e;
        }
    }

    /** A new connection per store operation (the keeper holds the database open meanwhile). */
    private static ConnectionSource connections(String url, String where) {
        return new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return DriverManager.getConnection(url, USER, "");
            }

            @Override
            public String description() {
                return where;
            }
        };
    }

    /** The first connection; it stays open while the store is, so the database is not reopened per operation. */
    private static Connection connect(String url, String where) {
        try {
            return DriverManager.getConnection(url, USER, "");
        } catch (SQLException e) {
            throw new InvalidInputException("cannot open " + where + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Registers H2GIS's functions (ST_GeomFromWKB, ST_Intersects, ...) once per database file.
     * After the schema: H2GIS adds its own tables to PUBLIC, and Flyway would refuse to start on a
     * non-empty schema without its history table.
     */
    private static void loadSpatialFunctions(Connection connection, String where) {
        try (PreparedStatement check = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES"
                + " WHERE ROUTINE_NAME = 'ST_GEOMFROMWKB'"); ResultSet rows = check.executeQuery()) {
            rows.next();
            if (rows.getInt(1) == 0) {
                H2GISFunctions.load(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the H2GIS functions into " + where + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failing with a better message
        }
    }

    /** H2: snapshot isolation gives one consistent view across statements (REPEATABLE READ does not, per table). */
    private static final class H2Dialect implements Dialect {

        @Override
        public void beginSnapshot(Connection connection) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            connection.setAutoCommit(false);
        }

        /**
         * H2 prefers the primary key (version_id, ordinal) over the spatial index even for a tiny box,
         * statistics or not (it then filters a whole dataset row by row), so box queries name the index.
         */
        @Override
        public String spatialIndexHint(String table) {
            return " USE INDEX (" + table + "_geom_idx)";
        }

        @Override
        public void afterImport(Connection connection) {
            // nothing: the index hint does what statistics do on PostgreSQL
        }
    }
}
