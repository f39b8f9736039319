package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** What differs between the embedded H2GIS database and PostGIS. */
public interface Dialect {

    /**
     * Starts a read-only transaction whose statements all see the database as of one moment, so
     * that a dataset read during a re-import is the old or the new version, never a mix.
     */
    void beginSnapshot(Connection connection) throws SQLException;

    /**
     * What to write after a table's name so that a box query uses its spatial index
     * ({@code <table>_geom_idx}); empty where the planner picks it by itself.
     */
    default String spatialIndexHint(String table) {
        return "";
    }

    /** Runs after an import committed, outside its transaction (e.g. refreshes planner statistics). */
    void afterImport(Connection connection) throws SQLException;
}
