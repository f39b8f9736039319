package org.lifecircle.io.geopackage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.ToWgs84;
import org.lifecircle.io.features.FeatureReader;
import org.lifecircle.io.features.Wgs84Converter;
import org.lifecircle.io.files.InputFiles;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one feature table of a GeoPackage (NGA geopackage-java): the first feature table, or the
 * one named by {@code layer}. Geometries come from the GeoPackage binary as WKB; the coordinate
 * system is the table's gpkg_spatial_ref_sys row (organization EPSG and its code, else its WKT
 * definition, srs_id 0 "undefined geographic" as WGS84) unless the user gave one. Every
 * non-geometry, non-key column becomes an attribute (Long, Double, Boolean or text; blobs left out).
 */
public final class GeoPackageFeatureReader implements FeatureReader {

    private static final long UNDEFINED_GEOGRAPHIC = 0;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Optional<String> layer;

    /** Reads the first feature table. */
    public GeoPackageFeatureReader() {
        this(Optional.empty());
    }

    /** Reads the named feature table when given, else the first. */
    public GeoPackageFeatureReader(Optional<String> layer) {
        this.layer = layer;
    }

    @Override
    public List<SourceFeature> read(Path file, Optional<CrsSpec> crs) {
        String fileName = InputFiles.nameOf(file);
        requireSqlite(file, fileName);
        GeoPackage geoPackage;
        try {
            geoPackage = GeoPackageManager.open(file.toFile(), true);
        } catch (GeoPackageException e) {
            throw new InvalidInputException(fileName + ": not a readable GeoPackage (" + e.getMessage()
                    + "); give a .gpkg written by QGIS, ArcGIS or GDAL", e);
        }
        try {
            String table = chooseTable(geoPackage, fileName);
            FeatureDao dao = geoPackage.getFeatureDao(table);
            CrsSpec source = crs.orElseGet(() -> declaredCrs(dao.getSrs(), fileName + " table " + table));
            return readRows(dao, new Wgs84Converter(source, fileName), fileName + " table " + table);
        } catch (GeoPackageException e) {
            throw new InvalidInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        } finally {
            geoPackage.close();
        }
    }

    /** A GeoPackage is an SQLite database: anything else is refused before the driver sees it. */
    private static void requireSqlite(Path file, String fileName) {
        byte[] head = InputFiles.head(file, SQLITE_MAGIC.length);
        if (head.length == 0) {
            throw new InvalidInputException(fileName + ": the file is empty; give a .gpkg written by QGIS, ArcGIS or"
                    + " GDAL");
        }
        if (!Arrays.equals(head, SQLITE_MAGIC)) {
            throw new InvalidInputException(fileName + ": not a GeoPackage (a GeoPackage is an SQLite database and"
                    + " starts with 'SQLite format 3'); give a .gpkg written by QGIS, ArcGIS or GDAL");
        }
    }

    private String chooseTable(GeoPackage geoPackage, String fileName) {
        List<String> tables = geoPackage.getFeatureTables();
        if (tables.isEmpty()) {
            throw new InvalidInputException(fileName + ": holds no feature table (only tiles or attributes?);"
                    + " give a GeoPackage with a point or polygon layer");
        }
        if (layer.isEmpty()) {
            return tables.get(0);
        }
        return tables.stream().filter(t -> t.equalsIgnoreCase(layer.get())).findFirst()
                .orElseThrow(() -> new InvalidInputException(fileName + ": no feature table named '" + layer.get()
                        + "'; it has: " + String.join(", ", tables)));
    }

    /** The system of the table's srs row. */
    private static CrsSpec declaredCrs(SpatialReferenceSystem srs, String where) {
        if ("EPSG".equalsIgnoreCase(srs.getOrganization()) && srs.getOrganizationCoordsysId() > 0) {
            return CrsSpec.epsg((int) srs.getOrganizationCoordsysId());
        }
        if (srs.getSrsId() == UNDEFINED_GEOGRAPHIC) {
            return CrsSpec.wgs84();
        }
        String definition = srs.getDefinition() == null ? "" : srs.getDefinition().strip();
        if (definition.isEmpty() || definition.equalsIgnoreCase("undefined")) {
            throw new InvalidInputException(where + ": the coordinate system '" + srs.getSrsName() + "' (srs_id "
                    + srs.getSrsId() + ") is undefined; give it after the file name, e.g. FILE.gpkg@epsg:4548");
        }
        return ToWgs84.identifyWkt(definition, where);
    }

    private static List<SourceFeature> readRows(FeatureDao dao, Wgs84Converter converter, String where) {
        WKBReader wkb = new WKBReader(new GeometryFactory());
        List<SourceFeature> features = new ArrayList<>();
        FeatureResultSet rows = dao.queryForAll();
        try {
            while (rows.moveToNext()) {
                FeatureRow row = rows.getRow();
                String location = where + " fid " + row.getId();
                Geometry geometry = converter.convert(geometryOf(row, wkb, location), location);
                features.add(new SourceFeature(geometry, attributes(row), location));
            }
        } finally {
            rows.close();
        }
        return features;
    }

    private static Geometry geometryOf(FeatureRow row, WKBReader wkb, String location) {
        GeoPackageGeometryData data = row.getGeometry();
        if (data == null || data.isEmpty()) {
            throw new InvalidInputException(location + ": no geometry; draw it or delete the feature");
        }
        try {
            return wkb.read(data.getWkb());
        } catch (IOException | ParseException | RuntimeException e) {
            throw new InvalidInputException(location + ": the geometry cannot be decoded (" + e.getMessage()
                    + "); re-export the layer", e);
        }
    }

    private static Map<String, Object> attributes(FeatureRow row) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<FeatureColumn> columns = row.getColumns().getColumns();
        for (int i = 0; i < columns.size(); i++) {
            FeatureColumn column = columns.get(i);
            if (column.isGeometry() || column.isPrimaryKey()) {
                continue;
            }
            Object value = plainValue(row.getValue(i));
            if (value != null) {
                attributes.put(column.getName(), value);
            }
        }
        return Collections.unmodifiableMap(attributes);
    }

    /** Long for integers, Double for reals, Boolean, text for the rest; null for nulls, blobs and blank text. */
    private static Object plainValue(Object value) {
        if (value == null || value instanceof byte[]) {
            return null;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }
}
