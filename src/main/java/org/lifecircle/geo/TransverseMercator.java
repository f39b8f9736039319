package org.lifecircle.geo;

/**
 * A transverse Mercator projection of the WGS84 ellipsoid (scale 1 on the central meridian),
 * with x east and y north in metres from a chosen origin: the metric plane in which catchment
 * polygons are buffered and measured.
 *
 * <p>Why not {@link LocalPlane}: its east-west scale is right only at its reference latitude
 * (0.2 % off 10 km north of it at 49 degrees), too much for areas that must agree within 0.1 %.
 * Here the scale error is x^2 / (2 R^2): 1.2e-6 at 10 km from the central meridian, 3e-4 at
 * 150 km (the edge of a 3-degree zone). It is the projection of the CGCS2000 Gauss-Kruger zones
 * (which use the GRS80 ellipsoid, differing from WGS84 by 0.1 mm in the semi-minor axis).
 *
 * <p>Formulas: Krüger's series in the third flattening n to third order (as in Karney 2011,
 * "Transverse Mercator with an accuracy of a few nanometers", truncated), accurate to a few
 * micrometres within a few degrees of the central meridian; the inverse's conformal-to-geodetic
 * latitude step is refined by Newton's method, since its series truncated there is off by 0.3 mm.
 */
public final class TransverseMercator {

    private static final double FLATTENING = 1.0 / 298.257223563;
    private static final double N = FLATTENING / (2 - FLATTENING);
    private static final double RECTIFYING_RADIUS_METERS = Geodesy.SEMI_MAJOR_AXIS_METERS / (1 + N)
            * (1 + N * N / 4 + N * N * N * N / 64);
    private static final double E = Math.sqrt(FLATTENING * (2 - FLATTENING));
    private static final double[] ALPHA = {
        N / 2 - 2 * N * N / 3 + 5 * N * N * N / 16,
        13 * N * N / 48 - 3 * N * N * N / 5,
        61 * N * N * N / 240};
    private static final double[] BETA = {
        N / 2 - 2 * N * N / 3 + 37 * N * N * N / 96,
        N * N / 48 + N * N * N / 15,
        17 * N * N * N / 480};
    private static final double[] DELTA = {
        2 * N - 2 * N * N / 3 - 2 * N * N * N,
        7 * N * N / 3 - 8 * N * N * N / 5,
        56 * N * N * N / 15};

    private final double centralMeridianDegrees;
    private final double originNorthMeters;

    /**
     * @param centralMeridianDegrees longitude where the scale is exactly 1
     * @param originLatDegrees latitude mapped to y = 0 on the central meridian
     */
    public TransverseMercator(double centralMeridianDegrees, double originLatDegrees) {
        this.centralMeridianDegrees = centralMeridianDegrees;
        double[] origin = new double[2];
        project(0, Math.toRadians(originLatDegrees), origin);
        this.originNorthMeters = origin[1];
    }

    /** A plane centred on a bounding box: central meridian and origin at its centre. */
    public static TransverseMercator centredOn(LonLatBounds bounds) {
        return new TransverseMercator((bounds.minLon() + bounds.maxLon()) / 2, (bounds.minLat() + bounds.maxLat()) / 2);
    }

    public double centralMeridianDegrees() {
        return centralMeridianDegrees;
    }

    /** Writes x (east) and y (north) in metres of a WGS84 point into {@code xy}. */
    public void forward(double lonDegrees, double latDegrees, double[] xy) {
        project(Math.toRadians(lonDegrees - centralMeridianDegrees), Math.toRadians(latDegrees), xy);
        xy[1] -= originNorthMeters;
    }

    /** Writes longitude and latitude in degrees of a plane point into {@code lonLat}. */
    public void inverse(double xMeters, double yMeters, double[] lonLat) {
        double xi = (yMeters + originNorthMeters) / RECTIFYING_RADIUS_METERS;
        double eta = xMeters / RECTIFYING_RADIUS_METERS;
        double xiPrime = xi;
        double etaPrime = eta;
        for (int j = 1; j <= 3; j++) {
            xiPrime -= BETA[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
            etaPrime -= BETA[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
        }
        double chi = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
        lonLat[0] = centralMeridianDegrees + Math.toDegrees(Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime)));
        lonLat[1] = Math.toDegrees(latitudeOfConformal(chi));
    }

    /**
     * The geodetic latitude of a conformal latitude: the series in n as first estimate (its n^4
     * term, left out, is 3e-9 degrees), then two Newton steps on the isometric latitude.
     */
    private static double latitudeOfConformal(double chi) {
        double lat = chi;
        for (int j = 1; j <= 3; j++) {
            lat += DELTA[j - 1] * Math.sin(2 * j * chi);
        }
        double isometric = atanh(Math.sin(chi));
        for (int step = 0; step < 2; step++) {
            double sinLat = Math.sin(lat);
            double f = atanh(sinLat) - E * atanh(E * sinLat) - isometric;
            double slope = (1 - E * E) / ((1 - E * E * sinLat * sinLat) * Math.cos(lat));
            lat -= f / slope;
        }
        return lat;
    }

    /** Projects longitude difference and latitude in radians; y from the equator. */
    private static void project(double dLon, double lat, double[] xy) {
        double sinLat = Math.sin(lat);
        double t = Math.sinh(atanh(sinLat) - E * atanh(E * sinLat));
        double xiPrime = Math.atan2(t, Math.cos(dLon));
        double etaPrime = atanh(Math.sin(dLon) / Math.sqrt(1 + t * t));
        double xi = xiPrime;
        double eta = etaPrime;
        for (int j = 1; j <= 3; j++) {
            xi += ALPHA[j - 1] * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
            eta += ALPHA[j - 1] * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
        }
        xy[0] = RECTIFYING_RADIUS_METERS * eta;
        xy[1] = RECTIFYING_RADIUS_METERS * xi;
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
