package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.store.StoredUnit;

/**
 * admin_units: the street and community units of a version, written in the dataset's order (the
 * ordinal runs over both levels) and read back whole. The districts stay in their own table.
 */
final class UnitTables {

    private UnitTables() {
    }

    static void insert(Connection connection, Dialect dialect, String versionId, List<StoredUnit> units,
                       BatchInsert.RowCount progress) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO admin_units (version_id, level, ordinal,"
                + " code, name, parent_code, location, geom) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + dialect.geometryParameter() + ")", progress)) {
            for (int i = 0; i < units.size(); i++) {
                StoredUnit unit = units.get(i);
                PreparedStatement row = insert.row();
                row.setString(1, versionId);
                row.setString(2, unit.level());
                row.setInt(3, i);
                row.setString(4, unit.code());
                row.setString(5, unit.name());
                row.setString(6, unit.parentCode());
                row.setString(7, unit.location());
                row.setBytes(8, Wkb.write(unit.outline()));
                insert.add();
            }
        }
    }

    static List<StoredUnit> read(Connection connection, Dialect dialect, String versionId) throws SQLException {
        List<StoredUnit> units = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT level, code, name, parent_code, location, "
                + dialect.wkb("geom") + " AS geom FROM admin_units WHERE version_id = ? ORDER BY ordinal")) {
            query.setString(1, versionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    units.add(new StoredUnit(rows.getString("level"), rows.getString("code"), rows.getString("name"),
                            rows.getString("parent_code"), Wkb.read(rows.getBytes("geom")), rows.getString("location")));
                }
            }
        }
        return units;
    }
}
