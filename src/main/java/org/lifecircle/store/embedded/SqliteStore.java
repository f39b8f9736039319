package org.lifecircle.store.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.store.StoreSetting;
import org.lifecircle.store.cache.GraphCache;
import org.lifecircle.store.jdbc.ConnectionSource;
import org.lifecircle.store.jdbc.JdbcStore;
import org.lifecircle.store.jdbc.SchemaMigrations;
import org.sqlite.SQLiteConfig;

/**
 * Opens the embedded store: {@code DATA_DIR/lifecircle.db}, an SQLite database in WAL mode,
 * created with its schema on first use. Several processes may use it at once (a server and
 * command-line runs): readers never wait, writers take turns.
 *
 * <p>Why SQLite (ARCHITECTURE.md has the measurements): a transaction is committed by one
 * checksummed append to the write-ahead log and the database file is changed only by
 * checkpoints of committed frames, so a process killed at any moment leaves the last committed
 * state; the file format is the most crash-tested of the embedded databases. The H2 file of
 * LifeCircle 0.1 lost every dataset in 4 of 10 kills late in a large import.
 */
public final class SqliteStore {

    /** The database file in the data folder; SQLite keeps {@code -wal} and {@code -shm} files beside it. */
    public static final String FILE_NAME = "lifecircle.db";
    /**
     * How long a write waits for another process's write to finish: an import holds the write lock
     * until it commits, about 10 s for a city of 30,000 walking nodes and minutes for millions.
     */
    static final int BUSY_TIMEOUT_MILLIS = 300_000;

    private SqliteStore() {
    }

    public static JdbcStore open(Path dataDir, GraphCache cache) {
        Path file = databaseFile(dataDir);
        String url = "jdbc:sqlite:" + file;
        String where = "the embedded database " + file;
        ConnectionSource connections = connections(url, where);
        Connection keeper = keeper(connections, where);
        try {
            SchemaMigrations.migrate(url, "", "", "classpath:db/migration/sqlite", where);
            return new JdbcStore(connections, new SqliteDialect(), cache, dataDir, keeper::close);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            throw e;
        }
    }

    /** The database file, its folder created; refuses folders SQLite's URL cannot name. */
    static Path databaseFile(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        if (folder.toString().contains("?")) {
            throw new InvalidInputException(StoreSetting.DATA_DIR.environmentVariable() + " " + folder
                    + ": the embedded database cannot live in a path with '?'");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidInputException(StoreSetting.DATA_DIR.environmentVariable() + " " + folder
                    + ": cannot create the data folder (" + e.getMessage() + ")");
        }
        return folder.resolve(FILE_NAME);
    }

    /**
     * A new connection per store operation, with the settings SQLite keeps per connection: foreign
     * keys enforced (the cascades delete a version's rows), FULL sync (a commit is on disk when it
     * returns), the busy timeout, and the bounding-box functions of the R*Tree triggers.
     */
    static ConnectionSource connections(String url, String where) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // the WAL is emptied after checkpoints, not kept at the size of the largest import
        config.setJournalSizeLimit(64 << 20);
        Properties properties = config.toProperties();
        return new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                Connection connection = DriverManager.getConnection(url, properties);
                try {
                    WkbBounds.register(connection);
                    return connection;
                } catch (SQLException e) {
                    connection.close();
                    throw e;
                }
            }

            @Override
            public String description() {
                return where;
            }
        };
    }

    /**
     * The first connection, open while the store is (the WAL and its index stay in place between
     * operations). It reads the schema at once, so that a file that is no database, or is damaged
     * in its first pages, is told here in one line.
     */
    private static Connection keeper(ConnectionSource connections, String where) {
        try {
            Connection connection = connections.open();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT count(*) FROM sqlite_schema");
            } catch (SQLException e) {
                closeQuietly(connection);
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw EmbeddedFailures.cannotOpen(where, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failing with a better message
        }
    }
}
