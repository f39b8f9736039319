package org.lifecircle.io.export;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/** Puts polygon rings in the order a format requires (Shapefile: outer clockwise; RFC 7946: outer counter-clockwise). */
public final class RingOrder {

    private RingOrder() {
    }

    /** The ring, reversed if needed so that it runs counter-clockwise (true) or clockwise (false). */
    public static Coordinate[] oriented(Coordinate[] ring, boolean counterClockwise) {
        if (Orientation.isCCW(ring) == counterClockwise) {
            return ring;
        }
        Coordinate[] reversed = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            reversed[i] = ring[ring.length - 1 - i];
        }
        return reversed;
    }
}
