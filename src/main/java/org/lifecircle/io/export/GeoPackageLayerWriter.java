package org.lifecircle.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.lifecircle.crs.FromWgs84;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage with one feature table named after the layer. Text is UTF-8 (SQLite's own);
 * the srs row is added from GeoTools' WKT when NGA does not know the EPSG code (e.g. 4548).
 */
final class GeoPackageLayerWriter implements LayerWriter {

    @Override
    public void write(ExportLayer layer, ExportOptions options, FromWgs84 crs, Path file) throws IOException {
        GeoPackage geoPackage;
        try {
            // NGA reports failures (a full disk already while creating the file) as unchecked exceptions
            GeoPackageManager.create(file.toFile());
            geoPackage = GeoPackageManager.open(file.toFile());
        } catch (RuntimeException e) {
            throw new IOException("GeoPackage: " + e.getMessage(), e);
        }
        try {
            SpatialReferenceSystem srs = srs(geoPackage, crs);
            GeometryColumns geometry = new GeometryColumns();
            geometry.setTableName(layer.name());
            geometry.setColumnName("geom");
            geometry.setGeometryType(layer.polygons() ? GeometryType.MULTIPOLYGON : GeometryType.POINT);
            geometry.setZ((byte) 0);
            geometry.setM((byte) 0);
            geometry.setSrsId(srs.getSrsId());
            geoPackage.createFeatureTable(FeatureTableMetadata.create(geometry, columns(layer)));
            insert(geoPackage.getFeatureDao(layer.name()), layer, crs, srs.getSrsId());
        } catch (SQLException | RuntimeException e) {
            throw new IOException("GeoPackage: " + e.getMessage(), e);
        } finally {
            geoPackage.close();
        }
    }

    private static List<FeatureColumn> columns(ExportLayer layer) {
        List<FeatureColumn> columns = new ArrayList<>();
        for (ExportField field : layer.fields()) {
            GeoPackageDataType type = switch (field.type()) {
                case TEXT -> GeoPackageDataType.TEXT;
                case INTEGER -> GeoPackageDataType.INTEGER;
                case REAL -> GeoPackageDataType.DOUBLE;
                case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            };
            columns.add(FeatureColumn.createColumn(field.name(), type));
        }
        return columns;
    }

    private static SpatialReferenceSystem srs(GeoPackage geoPackage, FromWgs84 crs) throws SQLException {
        SpatialReferenceSystemDao dao = geoPackage.getSpatialReferenceSystemDao();
        SpatialReferenceSystem existing = dao.queryForOrganizationCoordsysId("EPSG", crs.epsgCode());
        if (existing != null) {
            return existing;
        }
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName("EPSG:" + crs.epsgCode());
        srs.setSrsId(crs.epsgCode());
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(crs.epsgCode());
        srs.setDefinition(crs.wkt());
        dao.create(srs);
        return srs;
    }

    /** Polygons as one-part multipolygons: a GeoPackage column holds one geometry type. */
    private static org.locationtech.jts.geom.Geometry columnType(org.locationtech.jts.geom.Geometry g) {
        if (g instanceof org.locationtech.jts.geom.Polygon polygon) {
            return g.getFactory().createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {polygon});
        }
        return g;
    }

    private static void insert(FeatureDao dao, ExportLayer layer, FromWgs84 crs, long srsId) throws SQLException {
        WKBWriter wkb = new WKBWriter();
        // One transaction: a failure leaves the temporary file incomplete, and LayerFiles deletes it.
        dao.beginTransaction();
        try {
            for (ExportLayer.Feature feature : layer.features()) {
                FeatureRow row = dao.newRow();
                for (int i = 0; i < layer.fields().size(); i++) {
                    row.setValue(layer.fields().get(i).name(), feature.values().get(i));
                }
                row.setGeometry(GeoPackageGeometryData.createFromWkb(srsId, wkb.write(columnType(crs.apply(feature.geometry())))));
                dao.create(row);
            }
        } catch (IOException e) {
            throw new SQLException(e);
        } finally {
            dao.endTransaction();
        }
    }
}
