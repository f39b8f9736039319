package org.lifecircle.geo;

/**
 * A tangent plane around a reference latitude: degrees to metres east/north, for nearest-point
 * questions (snapping) where only comparisons and ratios are needed, not exact lengths.
 */
public final class LocalPlane {

    private final double metersPerDegreeLon;
    private final double metersPerDegreeLat;

    public LocalPlane(double referenceLatDegrees) {
        double latRad = Math.toRadians(referenceLatDegrees);
        this.metersPerDegreeLon = Math.toRadians(1) * Geodesy.metersPerRadianLongitude(latRad);
        this.metersPerDegreeLat = Math.toRadians(1) * Geodesy.meridionalRadiusMeters(latRad);
    }

    public double eastMeters(double lonDegrees) {
        return lonDegrees * metersPerDegreeLon;
    }

    public double northMeters(double latDegrees) {
        return latDegrees * metersPerDegreeLat;
    }

    public double metersPerDegreeLon() {
        return metersPerDegreeLon;
    }

    public double metersPerDegreeLat() {
        return metersPerDegreeLat;
    }
}
