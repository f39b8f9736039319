package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * What differs between the databases behind the store. The defaults are the SQL that PostGIS and
 * H2GIS share (geometry functions, {@code &&} box filters, {@code FOR UPDATE}); the embedded SQLite
 * store overrides what it lacks.
 */
public interface Dialect {

    /**
     * Starts a read-only transaction whose statements all see the database as of one moment, so
     * that a dataset read during a re-import is the old or the new version, never a mix.
     */
    void beginSnapshot(Connection connection) throws SQLException;

    /** Starts a transaction that will write. */
    default void beginWrite(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    /** Runs after an import committed, outside its transaction (e.g. refreshes planner statistics). */
    void afterImport(Connection connection) throws SQLException;

    /** The value expression of a WKB parameter for a geometry column. */
    default String geometryParameter() {
        return "ST_GeomFromWKB(?, 4326)";
    }

    /** The select expression giving a geometry column as WKB. */
    default String wkb(String column) {
        return "ST_AsBinary(" + column + ")";
    }

    /** The word before a query that makes the database describe its plan. */
    default String explain() {
        return "EXPLAIN";
    }

    /** What follows a SELECT of a row that the transaction must hold until it ends. */
    default String forUpdate() {
        return " FOR UPDATE";
    }

    /**
     * What to write after a table's name so that a box query uses its spatial index
     * ({@code <table>_geom_idx}); empty where the planner picks it by itself.
     */
    default String spatialIndexHint(String table) {
        return "";
    }

    /**
     * The condition (starting with {@code " AND "}) that keeps the table's rows whose geometry
     * meets a box; its parameters are set by {@link #bindBox}.
     */
    default String boxCondition(String table) {
        return " AND " + table + ".geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
                + " AND ST_Intersects(" + table + ".geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))";
    }

    /** Sets the parameters of {@link #boxCondition} from {@code first} on; returns the next parameter's index. */
    default int bindBox(PreparedStatement statement, int first, Envelope box) throws SQLException {
        int next = first;
        for (int copy = 0; copy < 2; copy++) {
            statement.setDouble(next++, box.getMinX());
            statement.setDouble(next++, box.getMinY());
            statement.setDouble(next++, box.getMaxX());
            statement.setDouble(next++, box.getMaxY());
        }
        return next;
    }

    /**
     * Whether {@link #boxCondition} keeps exactly the geometries that intersect the box; when it
     * keeps a superset (bounding boxes only), the reader tests each geometry itself.
     */
    default boolean boxConditionIsExact() {
        return true;
    }

    /**
     * The one-line failure the user should see for what this database reported, where its codes
     * say more than SQLSTATEs (empty: the common rules of {@link SqlFailures} apply).
     *
     * @param where the database, as {@link ConnectionSource#description()} names it
     * @param committing whether the failure came from the commit itself
     */
    default Optional<RuntimeException> failure(String where, String action, SQLException e, boolean committing) {
        return Optional.empty();
    }

    default void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    default Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
