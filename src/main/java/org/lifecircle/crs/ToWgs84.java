package org.lifecircle.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Converts coordinates of one system to WGS84 longitude/latitude (x = longitude, y = latitude).
 *
 * <ul>
 *   <li>WGS84 and CGCS2000 (EPSG:4490): unchanged (see {@link CrsSpec#isWgs84Equivalent()}).</li>
 *   <li>GCJ-02 and BD-09: {@link ChineseOffsets}, plain arithmetic.</li>
 *   <li>Other EPSG codes and .prj WKT: GeoTools ({@code CRS.decode(code, true)}, longitude first,
 *       lenient {@code findMathTransform}), started only when such a system is first used.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 *
 * <p>Accuracy, checked against PROJ: inside a CGCS2000 Gauss-Kruger zone (a few degrees from its
 * central meridian) GeoTools agrees to 0.1 mm. Far outside the zone its transverse Mercator series
 * drifts (0.18 m at 13 degrees from the meridian): data should be in the zone that covers it.
 */
public final class ToWgs84 {

    private static final PointTransform IDENTITY = xy -> { };

    private final CrsSpec source;
    private final PointTransform transform;

    private ToWgs84(CrsSpec source, PointTransform transform) {
        this.source = source;
        this.transform = transform;
    }

    /** The conversion from a system to WGS84. */
    public static ToWgs84 from(CrsSpec source) {
        if (source.isWgs84Equivalent()) {
            return new ToWgs84(source, IDENTITY);
        }
        return switch (source.kind()) {
            case GCJ02 -> new ToWgs84(source, xy -> set(xy, ChineseOffsets.gcj02ToWgs84(xy[0], xy[1])));
            case BD09 -> new ToWgs84(source, xy -> set(xy, ChineseOffsets.bd09ToWgs84(xy[0], xy[1])));
            default -> new ToWgs84(source, GeoToolsCrs.toWgs84(source));
        };
    }

    /**
     * Identifies the WKT of a .prj file or GeoPackage srs: an EPSG system when GeoTools recognises
     * it (ESRI names such as GCS_WGS_1984 or CGCS2000_3_Degree_GK_CM_117E included), else a WKT
     * system that is still converted through GeoTools.
     *
     * @param where the file, for the message when the WKT cannot be parsed
     */
    public static CrsSpec identifyWkt(String wkt, String where) {
        return GeoToolsCrs.identify(wkt.strip(), where);
    }

    /** The WKT GeoTools has for an EPSG code (for .prj files and GeoPackage srs rows). */
    public static String wktOf(int epsgCode) {
        return GeoToolsCrs.wktOf(epsgCode);
    }

    /** True when the system's coordinates are degrees; asks GeoTools only for EPSG/WKT systems. */
    public static boolean isGeographic(CrsSpec crs) {
        return crs.isKnownGeographic() || GeoToolsCrs.isGeographic(crs);
    }

    public CrsSpec source() {
        return source;
    }

    /** True when coordinates pass unchanged. */
    public boolean isIdentity() {
        return transform == IDENTITY;
    }

    /**
     * Converts one point.
     *
     * @throws IllegalArgumentException when the point is outside the system's domain
     */
    public LonLat apply(double x, double y) {
        double[] xy = {x, y};
        transform.apply(xy);
        return new LonLat(xy[0], xy[1]);
    }

    /**
     * A converted copy of the geometry (the argument is not changed); z values pass unchanged.
     *
     * @throws IllegalArgumentException when a point is outside the system's domain
     */
    public Geometry apply(Geometry geometry) {
        if (isIdentity()) {
            return geometry;
        }
        return transformCopy(geometry, transform);
    }

    /** A copy of the geometry with every x/y converted by the transform. */
    static Geometry transformCopy(Geometry geometry, PointTransform transform) {
        Geometry copy = geometry.copy();
        copy.apply(new Filter(transform));
        copy.geometryChanged();
        return copy;
    }

    private static void set(double[] xy, LonLat lonLat) {
        xy[0] = lonLat.lon();
        xy[1] = lonLat.lat();
    }

    private static final class Filter implements CoordinateSequenceFilter {
        private final double[] xy = new double[2];
        private final PointTransform transform;

        Filter(PointTransform transform) {
            this.transform = transform;
        }

        @Override
        public void filter(CoordinateSequence sequence, int i) {
            xy[0] = sequence.getX(i);
            xy[1] = sequence.getY(i);
            transform.apply(xy);
            sequence.setOrdinate(i, CoordinateSequence.X, xy[0]);
            sequence.setOrdinate(i, CoordinateSequence.Y, xy[1]);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
