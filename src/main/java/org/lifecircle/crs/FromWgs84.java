package org.lifecircle.crs;

import org.lifecircle.model.InvalidInputException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Converts WGS84 geometries to an output system given by EPSG code, for exports. WGS84 and
 * CGCS2000 (EPSG:4490) differ by less than a millimetre and are written as is; projected systems
 * (e.g. a CGCS2000 Gauss-Kruger zone) go through GeoTools.
 */
public final class FromWgs84 {

    private final int epsgCode;
    private final PointTransform transform;

    private FromWgs84(int epsgCode, PointTransform transform) {
        this.epsgCode = epsgCode;
        this.transform = transform;
    }

    public static FromWgs84 to(int epsgCode) {
        if (epsgCode == CrsSpec.EPSG_WGS84 || epsgCode == CrsSpec.EPSG_CGCS2000) {
            return new FromWgs84(epsgCode, xy -> { });
        }
        return new FromWgs84(epsgCode, GeoToolsCrs.fromWgs84(CrsSpec.epsg(epsgCode)));
    }

    /**
     * The CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534..4554, "CM" variants without the zone
     * number in x) whose central meridian is nearest the longitude.
     */
    public static int gaussKrugerZoneFor(double lon) {
        int centralMeridian = (int) (Math.round(lon / 3.0) * 3);
        if (centralMeridian < 75 || centralMeridian > 135) {
            throw new InvalidInputException("longitude " + lon + " is outside China's CGCS2000 Gauss-Kruger zones"
                    + " (75E..135E); give --crs epsg:CODE");
        }
        return 4534 + (centralMeridian - 75) / 3;
    }

    public int epsgCode() {
        return epsgCode;
    }

    /** The output system's WKT, for .prj files and GeoPackage srs rows. */
    public String wkt() {
        return GeoToolsCrs.wktOf(epsgCode);
    }

    /** A converted copy of the geometry. */
    public Geometry apply(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            private final double[] xy = new double[2];

            @Override
            public void filter(CoordinateSequence sequence, int i) {
                xy[0] = sequence.getX(i);
                xy[1] = sequence.getY(i);
                transform.apply(xy);
                sequence.setOrdinate(i, 0, xy[0]);
                sequence.setOrdinate(i, 1, xy[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
