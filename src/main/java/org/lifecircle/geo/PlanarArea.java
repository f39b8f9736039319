package org.lifecircle.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Area in square metres of a small WGS84 polygon (a building, a compound), on the plane tangent
 * at the centre of its envelope, with coordinates taken relative to that centre so that no
 * precision is lost to large eastings. Over a few kilometres the error is far below a mapping error.
 */
public final class PlanarArea {

    private PlanarArea() {
    }

    public static double squareMeters(Geometry lonLat) {
        if (lonLat.isEmpty()) {
            return 0;
        }
        return new ToLocalMeters(lonLat).transform(lonLat).getArea();
    }

    /** Copies a geometry into metres east and north of its envelope centre. */
    private static final class ToLocalMeters extends GeometryTransformer {
        private final double centreLon;
        private final double centreLat;
        private final LocalPlane plane;

        ToLocalMeters(Geometry lonLat) {
            Coordinate centre = lonLat.getEnvelopeInternal().centre();
            this.centreLon = centre.x;
            this.centreLat = centre.y;
            this.plane = new LocalPlane(centreLat);
        }

        @Override
        protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
            Coordinate[] out = new Coordinate[coords.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = new Coordinate((coords.getX(i) - centreLon) * plane.metersPerDegreeLon(),
                        (coords.getY(i) - centreLat) * plane.metersPerDegreeLat());
            }
            return factory.getCoordinateSequenceFactory().create(out);
        }
    }
}
