package org.lifecircle.service.map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/** Geometry simplified to what a zoom level can show: about half a screen pixel. */
final class Simplify {

    /** Above this zoom nothing is simplified (a pixel is under 2 m). */
    private static final int FULL_DETAIL_ZOOM = 16;

    private Simplify() {
    }

    static Geometry forZoom(Geometry geometry, int zoom) {
        if (zoom >= FULL_DETAIL_ZOOM) {
            return geometry;
        }
        double degreesPerPixel = 360.0 / (256.0 * Math.pow(2, zoom));
        return TopologyPreservingSimplifier.simplify(geometry, degreesPerPixel / 2);
    }
}
