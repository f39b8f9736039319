package org.lifecircle.io.features;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2gis.functions.factory.H2GISFunctions;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes the fixture as a Shapefile with H2GIS's SHPWrite (an independent implementation of the
 * format): a table in an in-memory H2GIS database with the layer's SRID, exported with the given
 * encoding ('UTF-8' or 'cp936'). H2GIS writes the .prj from the SRID and no .cpg.
 */
public final class ShapefileFixtureWriter {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private ShapefileFixtureWriter() {
    }

    /** Writes dir/base.shp (.shx .dbf .prj) and returns the .shp path. */
    public static Path write(Path dir, FixtureLayer layer, FixtureCrs crs, String encoding) throws IOException {
        Path shp = dir.resolve(layer.fileBase() + ".shp");
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:fixture" + DATABASES.incrementAndGet())) {
            H2GISFunctions.load(db);
            try (Statement statement = db.createStatement()) {
                statement.execute("CREATE TABLE FIXTURE(\"" + layer.columns().get(0) + "\" VARCHAR, \""
                        + layer.columns().get(1) + "\" VARCHAR, \"" + layer.columns().get(2) + "\" INTEGER, THE_GEOM"
                        + " GEOMETRY(" + (layer.isPoints() ? "POINT" : "POLYGON") + ", " + crs.writtenSrid() + "))");
            }
            insert(db, layer, crs);
            try (Statement statement = db.createStatement()) {
                statement.execute("CALL SHPWrite('" + shp + "', 'FIXTURE', '" + encoding + "')");
            }
        } catch (SQLException e) {
            throw new IOException("H2GIS could not write " + shp + ": " + e.getMessage(), e);
        }
        return shp;
    }

    /** Writes dir/name.shp from a table created and filled by the given SQL (table name T). */
    public static Path writeSql(Path dir, String name, String createTable, String insertRows) throws IOException {
        Path shp = dir.resolve(name + ".shp");
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:fixture" + DATABASES.incrementAndGet());
             Statement statement = db.createStatement()) {
            H2GISFunctions.load(db);
            statement.execute(createTable);
            statement.execute(insertRows);
            statement.execute("CALL SHPWrite('" + shp + "', 'T', 'UTF-8')");
        } catch (SQLException e) {
            throw new IOException("H2GIS could not write " + shp + ": " + e.getMessage(), e);
        }
        return shp;
    }

    private static void insert(Connection db, FixtureLayer layer, FixtureCrs crs) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO FIXTURE VALUES (?, ?, ?, ST_GeomFromWKB(?, " + crs.writtenSrid() + "))")) {
            for (int i = 0; i < layer.features().size(); i++) {
                List<Object> values = layer.features().get(i).values();
                insert.setString(1, (String) values.get(0));
                insert.setString(2, (String) values.get(1));
                if (values.get(2) == null) {
                    insert.setNull(3, Types.INTEGER);
                } else {
                    insert.setLong(3, (Long) values.get(2));
                }
                insert.setBytes(4, new WKBWriter().write(crs.project(layer.features().get(i).geometry())));
                insert.executeUpdate();
            }
        }
    }

    /**
     * Zips a written Shapefile the way Chinese desktops often do: GBK attribute text with a .cpg
     * saying "936", inside a folder, with a macOS "._" shadow file that readers must skip.
     */
    static Path writeZip(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
        Path parts = Files.createDirectories(dir.resolve("parts"));
        Path shp = write(parts, layer, crs, "cp936");
        Files.writeString(parts.resolve(layer.fileBase() + ".cpg"), "936", StandardCharsets.US_ASCII);
        Path zip = dir.resolve(layer.fileBase() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (String extension : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
                Path part = parts.resolve(layer.fileBase() + extension);
                if (Files.exists(part)) {
                    addEntry(out, "数据/" + layer.fileBase() + extension, Files.readAllBytes(part));
                }
            }
            addEntry(out, "__MACOSX/数据/._" + layer.fileBase() + ".shp", new byte[] {0, 5, 22, 7});
        }
        return zip;
    }

    public static void addEntry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** The given bytes as a zip with the given entries, for the unsafe-archive tests. */
    public static void writeRawZip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                addEntry(out, e.getKey(), e.getValue());
            }
        }
    }
}
