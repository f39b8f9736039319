package org.lifecircle.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.junit.jupiter.api.Test;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.LonLat;
import org.lifecircle.crs.ToWgs84;

class TransverseMercatorTest {

    /** 1e-8 degrees is about 1 mm. */
    private static final double MILLIMETRE_DEGREES = 1e-8;

    @Test
    void agreesWithGeoToolsForTheCgcs2000ZoneAt117East() {
        TransverseMercator zone = new TransverseMercator(117, 0);
        ToWgs84 geoTools = ToWgs84.from(CrsSpec.epsg(4548));
        double[] xy = new double[2];
        for (double[] point : new double[][] {{117.2, 39.12}, {116.0, 38.5}, {118.4, 40.9}, {117.0, 22.0}}) {
            zone.forward(point[0], point[1], xy);
            LonLat back = geoTools.apply(xy[0] + 500_000, xy[1]);
            assertThat(back.lon()).as("lon of %s", point[0]).isCloseTo(point[0], within(MILLIMETRE_DEGREES));
            assertThat(back.lat()).as("lat of %s", point[1]).isCloseTo(point[1], within(MILLIMETRE_DEGREES));
        }
    }

    /** 1e-9 degrees (0.1 mm) over 1.1 degrees around the centre: the series are truncated at n^3. */
    @Test
    void inverseUndoesForward() {
        TransverseMercator plane = new TransverseMercator(104.08, 30.69);
        double[] xy = new double[2];
        double[] lonLat = new double[2];
        for (double lon = 103.0; lon <= 105.2; lon += 0.37) {
            for (double lat = 29.5; lat <= 31.9; lat += 0.41) {
                plane.forward(lon, lat, xy);
                plane.inverse(xy[0], xy[1], lonLat);
                assertThat(lonLat[0]).isCloseTo(lon, within(1e-9));
                assertThat(lonLat[1]).isCloseTo(lat, within(1e-9));
            }
        }
    }

    @Test
    void originIsAtTheCentreAndDistancesAreGeodesic() {
        TransverseMercator plane = TransverseMercator.centredOn(new LonLatBounds(8.6, 49.35, 8.8, 49.45));
        double[] a = new double[2];
        double[] b = new double[2];
        plane.forward(8.7, 49.4, a);
        assertThat(a[0]).isCloseTo(0, within(1e-6));
        assertThat(a[1]).isCloseTo(0, within(1e-6));
        plane.forward(8.705, 49.402, b);
        double planar = Math.hypot(b[0] - a[0], b[1] - a[1]);
        assertThat(planar).isCloseTo(Geodesy.distanceMeters(8.7, 49.4, 8.705, 49.402), within(0.001));
    }
}
