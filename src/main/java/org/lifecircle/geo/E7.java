package org.lifecircle.geo;

/** Degrees stored as int units of 1e-7 degree, the precision of OSM coordinates. */
public final class E7 {

    private static final double SCALE = 1e7;

    private E7() {
    }

    public static int fromDegrees(double degrees) {
        return (int) Math.round(degrees * SCALE);
    }

    public static double toDegrees(int e7) {
        return e7 / SCALE;
    }
}
