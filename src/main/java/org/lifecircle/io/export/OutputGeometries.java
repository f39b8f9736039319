package org.lifecircle.io.export;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.crs.ToWgs84;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** A layer's geometries in the output system, and how finely to write them as text. */
public final class OutputGeometries {

    /** Decimals of degrees in text formats: 1e-7 degrees is about 1 cm. */
    public static final int DEGREE_DECIMALS = 7;
    /** Decimals of metres in text formats: millimetres. */
    static final int METER_DECIMALS = 3;

    private OutputGeometries() {
    }

    /** Every feature's geometry converted to the output system, in feature order. */
    public static List<Geometry> of(Layer layer, ExportOptions options) {
        List<Geometry> geometries = new ArrayList<>(layer.features().size());
        for (LayerFeature feature : layer.features()) {
            geometries.add(options.crs().apply(feature.lonLat()));
        }
        return geometries;
    }

    /** A Polygon as a one-part MultiPolygon (tables typed MULTIPOLYGON hold only those). */
    public static Geometry asMulti(Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            return geometry.getFactory().createMultiPolygon(new Polygon[] {polygon});
        }
        return geometry;
    }

    /** Decimals for coordinates written as text in the output system. */
    public static int decimals(ExportOptions options) {
        return options.crs().isGeographic() ? DEGREE_DECIMALS : METER_DECIMALS;
    }

    /** The output system's WKT on one line (for GeoPackage's srs table). */
    public static String wkt(ExportOptions options) {
        return ToWgs84.wktOf(options.crs().target().epsgCode()).replaceAll("\\s*\\R\\s*", "");
    }

    /**
     * The WKT for a .prj file: as {@link #wkt}, but a geographic system without its AXIS nodes.
     * Shapefiles hold longitude first; GeoTools states that with axes (longitude, latitude), which
     * differ from EPSG:4326's official (latitude, longitude), so GDAL would drop the EPSG code. A
     * .prj without axes means longitude first (the ESRI convention) and keeps the code.
     */
    public static String prj(ExportOptions options) {
        String wkt = wkt(options);
        return wkt.startsWith("GEOGCS[") ? wkt.replaceAll(",\\s*AXIS\\[\"[^\"]*\",\\s*\\w+\\]", "") : wkt;
    }
}
