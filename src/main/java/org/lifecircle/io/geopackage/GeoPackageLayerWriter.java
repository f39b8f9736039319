package org.lifecircle.io.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
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
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.export.LayerWriter;
import org.lifecircle.io.export.OutputGeometries;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerField;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * A GeoPackage with one feature table named after the layer (NGA geopackage-java): key column
 * "fid", geometry column "geom" typed POINT or MULTIPOLYGON (polygons are written as one-part multipolygons), one
 * column per field (TEXT, INTEGER, REAL, BOOLEAN), rows inserted in one transaction. The
 * gpkg_spatial_ref_sys row for the output system is added when the library does not have it
 * (e.g. EPSG:4490, EPSG:4548), with organization EPSG, the code and GeoTools' WKT.
 */
public final class GeoPackageLayerWriter implements LayerWriter {

    /** The key column, named as GDAL names it (a field may be called "id"). */
    static final String ID_COLUMN = "fid";

    @Override
    public void write(Layer layer, ExportOptions options, Path file) throws IOException {
        List<Geometry> geometries = OutputGeometries.of(layer, options);
        GeoPackage geoPackage;
        try {
            // NGA reports failures (a full disk already while creating the file) as unchecked exceptions
            GeoPackageManager.create(file.toFile());
            geoPackage = GeoPackageManager.open(file.toFile());
        } catch (RuntimeException e) {
            throw new IOException("GeoPackage: " + e.getMessage(), e);
        }
        try {
            SpatialReferenceSystem srs = srs(geoPackage, options);
            geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns(layer, srs), ID_COLUMN,
                    columns(layer), boundingBox(geometries)));
            FeatureDao dao = geoPackage.getFeatureDao(layer.name());
            geoPackage.beginTransaction();
            boolean written = false;
            try {
                insert(dao, layer, geometries, srs.getSrsId());
                written = true;
            } finally {
                geoPackage.endTransaction(written);
            }
        } catch (SQLException | RuntimeException e) {
            throw new IOException("GeoPackage: " + e.getMessage(), e);
        } finally {
            geoPackage.close();
        }
    }

    private static SpatialReferenceSystem srs(GeoPackage geoPackage, ExportOptions options) throws SQLException {
        int code = options.crs().target().epsgCode();
        SpatialReferenceSystemDao dao = geoPackage.getSpatialReferenceSystemDao();
        SpatialReferenceSystem existing = dao.queryForOrganizationCoordsysId("EPSG", code);
        if (existing != null) {
            return existing;
        }
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName(options.crs().targetName());
        srs.setSrsId(code);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(code);
        srs.setDefinition(OutputGeometries.wkt(options));
        srs.setDescription(code == CrsSpec.EPSG_CGCS2000 ? "China Geodetic Coordinate System 2000" : null);
        dao.create(srs);
        return srs;
    }

    private static GeometryColumns geometryColumns(Layer layer, SpatialReferenceSystem srs) {
        GeometryColumns columns = new GeometryColumns();
        columns.setTableName(layer.name());
        columns.setColumnName("geom");
        columns.setGeometryType(layer.points() ? GeometryType.POINT : GeometryType.MULTIPOLYGON);
        columns.setZ((byte) 0);
        columns.setM((byte) 0);
        columns.setSrsId(srs.getSrsId());
        return columns;
    }

    private static List<FeatureColumn> columns(Layer layer) {
        List<FeatureColumn> columns = new ArrayList<>();
        for (LayerField field : layer.fields()) {
            columns.add(FeatureColumn.createColumn(field.name(), switch (field.type()) {
                case TEXT -> GeoPackageDataType.TEXT;
                case INTEGER -> GeoPackageDataType.INTEGER;
                case REAL -> GeoPackageDataType.REAL;
                case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            }));
        }
        return columns;
    }

    private static BoundingBox boundingBox(List<Geometry> geometries) {
        Envelope envelope = new Envelope();
        geometries.forEach(g -> envelope.expandToInclude(g.getEnvelopeInternal()));
        return envelope.isNull() ? new BoundingBox(0, 0, 0, 0)
                : new BoundingBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    private static void insert(FeatureDao dao, Layer layer, List<Geometry> geometries, long srsId) throws IOException {
        WKBWriter wkb = new WKBWriter();
        for (int i = 0; i < geometries.size(); i++) {
            FeatureRow row = dao.newRow();
            List<Object> values = layer.features().get(i).values();
            for (int f = 0; f < layer.fields().size(); f++) {
                row.setValue(layer.fields().get(f).name(), values.get(f));
            }
            Geometry geometry = layer.points() ? geometries.get(i) : OutputGeometries.asMulti(geometries.get(i));
            row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srsId, wkb.write(geometry)));
            dao.create(row);
        }
    }
}
