package org.lifecircle.catchment;

import org.lifecircle.geo.TransverseMercator;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/** Copies a geometry from the metric plane back to WGS84 longitude/latitude. */
final class PlaneToLonLat extends GeometryTransformer {

    private final TransverseMercator plane;

    PlaneToLonLat(TransverseMercator plane) {
        this.plane = plane;
    }

    Geometry apply(Geometry planar) {
        return transform(planar);
    }

    @Override
    protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
        CoordinateSequence copy = coords.copy();
        double[] lonLat = new double[2];
        for (int i = 0; i < copy.size(); i++) {
            plane.inverse(copy.getX(i), copy.getY(i), lonLat);
            copy.setOrdinate(i, CoordinateSequence.X, lonLat[0]);
            copy.setOrdinate(i, CoordinateSequence.Y, lonLat[1]);
        }
        return copy;
    }
}
