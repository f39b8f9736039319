package org.lifecircle.geo;

/**
 * Lengths on the WGS84 ellipsoid for the short segments a street network is made of.
 *
 * <p>Each segment is measured on the plane tangent to the ellipsoid at its mid-latitude, using
 * the meridional radius M and the prime-vertical radius N there. For segments under a few
 * kilometres the relative error against the exact ellipsoidal geodesic is below 1e-7, far below
 * the precision of mapped coordinates; a spherical haversine (what most routers use) is off by up
 * to 0.5 % depending on latitude and bearing. Why not an exact geodesic solver: it costs about
 * ten times more per segment and changes nothing a planner could see.
 */
public final class Geodesy {

    /** WGS84 semi-major axis in metres. */
    public static final double SEMI_MAJOR_AXIS_METERS = 6_378_137.0;
    private static final double FLATTENING = 1.0 / 298.257223563;
    private static final double E2 = FLATTENING * (2 - FLATTENING);

    private Geodesy() {
    }

    /** Geodesic distance in metres between two WGS84 points given in degrees. */
    public static double distanceMeters(double lon1, double lat1, double lon2, double lat2) {
        double midLatRad = Math.toRadians((lat1 + lat2) / 2);
        double northMeters = Math.toRadians(lat2 - lat1) * meridionalRadiusMeters(midLatRad);
        double eastMeters = Math.toRadians(lon2 - lon1) * metersPerRadianLongitude(midLatRad);
        return Math.hypot(northMeters, eastMeters);
    }

    /** Radius of curvature of the meridian at a latitude in radians. */
    public static double meridionalRadiusMeters(double latRad) {
        double s = Math.sin(latRad);
        double w = 1 - E2 * s * s;
        return SEMI_MAJOR_AXIS_METERS * (1 - E2) / (w * Math.sqrt(w));
    }

    /** Length in metres of one radian of longitude along the parallel at a latitude in radians. */
    public static double metersPerRadianLongitude(double latRad) {
        double s = Math.sin(latRad);
        return SEMI_MAJOR_AXIS_METERS * Math.cos(latRad) / Math.sqrt(1 - E2 * s * s);
    }
}
