package org.lifecircle.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.junit.jupiter.api.Test;

class GeodesyTest {

    // Reference lengths of one degree on the WGS84 ellipsoid (meridian arc and parallel arc).
    @Test
    void meridianDegreeAtEquatorAndPole() {
        assertThat(Geodesy.distanceMeters(0, 0, 0, 0.01) * 100).isCloseTo(110_574.3, within(0.5));
        assertThat(Geodesy.distanceMeters(0, 89.99, 0, 89.98) * 100).isCloseTo(111_693.9, within(0.5));
    }

    @Test
    void parallelDegreeAtEquatorAndThirtyNorth() {
        assertThat(Geodesy.distanceMeters(0, 0, 0.01, 0) * 100).isCloseTo(111_319.5, within(0.5));
        assertThat(Geodesy.distanceMeters(104.0, 30, 104.01, 30) * 100).isCloseTo(96_486.3, within(0.5));
    }

    @Test
    void lengthIsSymmetricAndZeroForSamePoint() {
        double ab = Geodesy.distanceMeters(117.2, 39.1, 117.21, 39.105);
        assertThat(Geodesy.distanceMeters(117.21, 39.105, 117.2, 39.1)).isEqualTo(ab);
        assertThat(Geodesy.distanceMeters(117.2, 39.1, 117.2, 39.1)).isZero();
    }

    @Test
    void diagonalIsPythagoreanOnTheLocalPlane() {
        // 300 m east and 400 m north of a point in Tianjin is 500 m away, to a millimetre.
        LocalPlane plane = new LocalPlane(39.1);
        double lon = 117.2 + 300 / plane.metersPerDegreeLon();
        double lat = 39.1 + 400 / plane.metersPerDegreeLat();
        assertThat(Geodesy.distanceMeters(117.2, 39.1, lon, lat)).isCloseTo(500, within(0.05));
    }
}
