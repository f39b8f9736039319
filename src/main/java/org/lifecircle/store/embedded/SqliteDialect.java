package org.lifecircle.store.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;
import org.lifecircle.store.jdbc.Dialect;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * SQLite: geometries are plain WKB blobs, box queries go through the R*Tree of each table's
 * bounding boxes (a superset: the store tests each geometry), and a transaction that will write
 * takes the database's write lock when it begins ({@code BEGIN IMMEDIATE}). A deferred one would
 * take it at its first write and, when it had read before and another process committed
 * meanwhile, fail at once instead of waiting its turn.
 */
final class SqliteDialect implements Dialect {

    /** UTC with exactly six fraction digits: the text sorts as the instants do. */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
            .appendLiteral('Z').toFormatter().withZone(ZoneOffset.UTC);

    @Override
    public void beginSnapshot(Connection connection) throws SQLException {
        mode(connection, SQLiteConfig.TransactionMode.DEFERRED);
        connection.setAutoCommit(false);
    }

    @Override
    public void beginWrite(Connection connection) throws SQLException {
        mode(connection, SQLiteConfig.TransactionMode.IMMEDIATE);
        connection.setAutoCommit(false);
    }

    private static void mode(Connection connection, SQLiteConfig.TransactionMode mode) throws SQLException {
        connection.unwrap(SQLiteConnection.class).getConnectionConfig().setTransactionMode(mode);
    }

    /**
     * Nothing, on purpose: with statistics (ANALYZE, PRAGMA optimize) SQLite's planner answers a
     * small box by scanning the whole table with a Bloom filter of the R*Tree's ids; without
     * them it fetches just the rows the R*Tree names, which is what a map view wants.
     */
    @Override
    public void afterImport(Connection connection) {
        // see above
    }

    @Override
    public String geometryParameter() {
        return "?";
    }

    @Override
    public String wkb(String column) {
        return column;
    }

    @Override
    public String forUpdate() {
        return "";  // the transaction holds the write lock of the whole database from its start
    }

    @Override
    public String explain() {
        return "EXPLAIN QUERY PLAN";
    }

    /**
     * No index but the rowid for the table of a box query: SQLite's planner would otherwise walk the
     * whole version through the (version_id, ordinal) index and test each row against the R*Tree's
     * list, instead of fetching the few rows the R*Tree names.
     */
    @Override
    public String spatialIndexHint(String table) {
        return " NOT INDEXED";
    }

    @Override
    public String boxCondition(String table) {
        return " AND " + table + ".fid IN (SELECT id FROM " + table + "_rtree"
                + " WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)";
    }

    @Override
    public int bindBox(PreparedStatement statement, int first, Envelope box) throws SQLException {
        statement.setDouble(first, box.getMaxX());
        statement.setDouble(first + 1, box.getMinX());
        statement.setDouble(first + 2, box.getMaxY());
        statement.setDouble(first + 3, box.getMinY());
        return first + 4;
    }

    @Override
    public boolean boxConditionIsExact() {
        return false;
    }

    @Override
    public Optional<RuntimeException> failure(String where, String action, SQLException e, boolean committing) {
        return EmbeddedFailures.during(where, action, e, committing);
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setString(index, INSTANT.format(instant));
    }

    @Override
    public Instant instant(ResultSet rows, String column) throws SQLException {
        return INSTANT.parse(rows.getString(column), Instant::from);
    }
}
