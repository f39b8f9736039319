package org.lifecircle.io.features;

import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.lifecircle.crs.ChineseOffsets;
import org.lifecircle.crs.LonLat;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The systems the fixture is written in, with the tolerance the read-back coordinates must meet
 * against the WGS84 originals: WGS84 1 micrometre (values pass unchanged); GCJ-02 1 mm (the
 * iterative inverse leaves about 1e-7 m); EPSG:4548 1 mm (GeoTools' Gauss-Kruger forward and
 * inverse agree to about 1e-9 m).
 */
public enum FixtureCrs {
    WGS84("@wgs84", 1e-6, 4326),
    GCJ02("@gcj02", 1e-3, 4326),
    EPSG_4548("@epsg:4548", 1e-3, 4548);

    private final String suffix;
    private final double toleranceMeters;
    private final int writtenSrid;

    FixtureCrs(String suffix, double toleranceMeters, int writtenSrid) {
        this.suffix = suffix;
        this.toleranceMeters = toleranceMeters;
        this.writtenSrid = writtenSrid;
    }

    /** What a user writes after the file name for this system. */
    String suffix() {
        return suffix;
    }

    double toleranceMeters() {
        return toleranceMeters;
    }

    /** The SRID a file declares: 4548 for the projected system, else 4326 (GCJ-02 files claim WGS84). */
    int writtenSrid() {
        return writtenSrid;
    }

    /** The WGS84 geometry expressed in this system (a copy). */
    Geometry project(Geometry wgs84) {
        if (this == WGS84) {
            return wgs84.copy();
        }
        Geometry copy = wgs84.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] xy = forward(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, CoordinateSequence.X, xy[0]);
                seq.setOrdinate(i, CoordinateSequence.Y, xy[1]);
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
        copy.geometryChanged();
        return copy;
    }

    private double[] forward(double lon, double lat) {
        if (this == GCJ02) {
            LonLat gcj = ChineseOffsets.wgs84ToGcj02(lon, lat);
            return new double[] {gcj.lon(), gcj.lat()};
        }
        try {
            MathTransform toGk = CRS.findMathTransform(CRS.decode("EPSG:4326", true), CRS.decode("EPSG:4548", true),
                    true);
            double[] xy = {lon, lat};
            toGk.transform(xy, 0, xy, 0, 1);
            return xy;
        } catch (TransformException | org.geotools.api.referencing.FactoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
