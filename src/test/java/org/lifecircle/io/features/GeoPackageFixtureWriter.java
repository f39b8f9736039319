package org.lifecircle.io.features;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import mil.nga.sf.GeometryType;
import org.lifecircle.crs.ToWgs84;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes the fixture as a GeoPackage with NGA geopackage-java: one feature table per layer, its
 * srs row for EPSG:4326 or EPSG:4548 (inserted with GeoTools' WKT, as DESIGN.md says for codes
 * the library does not know).
 */
public final class GeoPackageFixtureWriter {

    private GeoPackageFixtureWriter() {
    }

    /** Writes dir/base.gpkg with one feature table named after the layer. */
    public static Path write(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
        Path file = dir.resolve(layer.fileBase() + ".gpkg");
        GeoPackageManager.create(file.toFile());
        GeoPackage geoPackage = GeoPackageManager.open(file.toFile());
        try {
            SpatialReferenceSystem srs = srs(geoPackage, crs.writtenSrid());
            GeometryColumns geometryColumns = new GeometryColumns();
            geometryColumns.setTableName(layer.fileBase());
            geometryColumns.setColumnName("geom");
            geometryColumns.setGeometryType(layer.isPoints() ? GeometryType.POINT : GeometryType.POLYGON);
            geometryColumns.setZ((byte) 0);
            geometryColumns.setM((byte) 0);
            geometryColumns.setSrsId(srs.getSrsId());
            List<FeatureColumn> columns = List.of(
                    FeatureColumn.createColumn(layer.columns().get(0), GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn(layer.columns().get(1), GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn(layer.columns().get(2), GeoPackageDataType.INTEGER));
            geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, columns));
            insert(geoPackage.getFeatureDao(layer.fileBase()), layer, crs, srs.getSrsId());
        } catch (SQLException e) {
            throw new IOException(e);
        } finally {
            geoPackage.close();
        }
        return file;
    }

    private static SpatialReferenceSystem srs(GeoPackage geoPackage, int epsg) throws SQLException {
        SpatialReferenceSystemDao dao = geoPackage.getSpatialReferenceSystemDao();
        SpatialReferenceSystem existing = dao.queryForOrganizationCoordsysId("EPSG", epsg);
        if (existing != null) {
            return existing;
        }
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName("CGCS2000 / 3-degree Gauss-Kruger CM 117E");
        srs.setSrsId(epsg);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(epsg);
        srs.setDefinition(ToWgs84.wktOf(epsg));
        dao.create(srs);
        return srs;
    }

    private static void insert(FeatureDao dao, FixtureLayer layer, FixtureCrs crs, long srsId) throws IOException {
        for (int i = 0; i < layer.features().size(); i++) {
            FeatureRow row = dao.newRow();
            List<Object> values = layer.features().get(i).values();
            for (int c = 0; c < values.size(); c++) {
                row.setValue(layer.columns().get(c), values.get(c));
            }
            byte[] wkb = new WKBWriter().write(crs.project(layer.features().get(i).geometry()));
            row.setGeometry(GeoPackageGeometryData.createFromWkb(srsId, wkb));
            dao.create(row);
        }
    }
}
