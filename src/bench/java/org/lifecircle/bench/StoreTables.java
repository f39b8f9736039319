package org.lifecircle.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bytes per table and index of the embedded store's file, from SQLite's dbstat table, largest
 * first: what dominates the store's size. Empty when the SQLite build has no dbstat.
 */
final class StoreTables {

    private StoreTables() {
    }

    static Map<String, Long> bytesByTable(Path databaseFile) {
        Map<String, Long> bytes = new LinkedHashMap<>();
        String query = "SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC";
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                bytes.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            bytes.clear();
        }
        return bytes;
    }
}
