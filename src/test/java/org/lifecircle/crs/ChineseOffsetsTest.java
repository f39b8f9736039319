package org.lifecircle.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.junit.jupiter.api.Test;
import org.lifecircle.geo.Geodesy;

/**
 * Reference values: the test vector published with the widely used coordtransform library for
 * (116.404, 39.915). Residuals are measured on a grid covering China.
 */
class ChineseOffsetsTest {

    @Test
    void forwardFormulasMatchThePublishedReference() {
        LonLat gcj = ChineseOffsets.wgs84ToGcj02(116.404, 39.915);
        assertThat(gcj.lon()).isCloseTo(116.41024449916938, within(1e-11));
        assertThat(gcj.lat()).isCloseTo(39.91640428150164, within(1e-11));
        LonLat bd = ChineseOffsets.gcj02ToBd09(116.404, 39.915);
        assertThat(bd.lon()).isCloseTo(116.41036949371029, within(1e-11));
        assertThat(bd.lat()).isCloseTo(39.92133699351021, within(1e-11));
        LonLat approx = ChineseOffsets.bd09ToGcj02Approximate(116.404, 39.915);
        assertThat(approx.lon()).isCloseTo(116.39762729119315, within(1e-11));
        assertThat(approx.lat()).isCloseTo(39.90865673957631, within(1e-11));
    }

    @Test
    void theShiftIsAFewHundredMetresInChengduAndTianjin() {
        assertThat(shiftMeters(104.0665, 30.6595)).isBetween(200.0, 700.0);   // Chengdu, Tianfu Square
        assertThat(shiftMeters(117.2010, 39.0842)).isBetween(200.0, 700.0);   // Tianjin centre
    }

    @Test
    void gcj02RoundTripResidualIsBelowAMicrometreAcrossChina() {
        double worstMeters = 0;
        for (double lon = 73.5; lon <= 135; lon += 0.731) {
            for (double lat = 18.2; lat <= 53.5; lat += 0.617) {
                LonLat gcj = ChineseOffsets.wgs84ToGcj02(lon, lat);
                LonLat back = ChineseOffsets.gcj02ToWgs84(gcj.lon(), gcj.lat());
                worstMeters = Math.max(worstMeters, Geodesy.distanceMeters(lon, lat, back.lon(), back.lat()));
            }
        }
        assertThat(worstMeters).isLessThan(1e-6);
    }

    @Test
    void bd09RoundTripResidualIsBelowAMicrometre() {
        double worstMeters = 0;
        for (double lon = 73.5; lon <= 135; lon += 1.37) {
            for (double lat = 18.2; lat <= 53.5; lat += 1.13) {
                LonLat bd = ChineseOffsets.wgs84ToBd09(lon, lat);
                LonLat back = ChineseOffsets.bd09ToWgs84(bd.lon(), bd.lat());
                worstMeters = Math.max(worstMeters, Geodesy.distanceMeters(lon, lat, back.lon(), back.lat()));
            }
        }
        assertThat(worstMeters).isLessThan(1e-6);
    }

    @Test
    void theIteratedBd09InverseImprovesOnThePublicOneStepFormula() {
        LonLat bd = ChineseOffsets.gcj02ToBd09(104.0665, 30.6595);
        LonLat iterated = ChineseOffsets.bd09ToGcj02(bd.lon(), bd.lat());
        LonLat oneStep = ChineseOffsets.bd09ToGcj02Approximate(bd.lon(), bd.lat());
        double iteratedMeters = Geodesy.distanceMeters(104.0665, 30.6595, iterated.lon(), iterated.lat());
        double oneStepMeters = Geodesy.distanceMeters(104.0665, 30.6595, oneStep.lon(), oneStep.lat());
        assertThat(iteratedMeters).isLessThan(1e-6);
        assertThat(oneStepMeters).isLessThan(1.0);
    }

    @Test
    void outsideChinaGcj02EqualsWgs84() {
        LonLat heidelberg = ChineseOffsets.wgs84ToGcj02(8.6934, 49.4077);
        assertThat(heidelberg).isEqualTo(new LonLat(8.6934, 49.4077));
        assertThat(ChineseOffsets.gcj02ToWgs84(8.6934, 49.4077)).isEqualTo(new LonLat(8.6934, 49.4077));
        assertThat(ChineseOffsets.isOutsideChina(104.07, 30.66)).isFalse();
    }

    private static double shiftMeters(double lon, double lat) {
        LonLat gcj = ChineseOffsets.wgs84ToGcj02(lon, lat);
        return Geodesy.distanceMeters(lon, lat, gcj.lon(), gcj.lat());
    }
}
