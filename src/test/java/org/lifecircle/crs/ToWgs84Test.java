package org.lifecircle.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.model.InvalidInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ToWgs84Test {

    private static final double GRS80_A_METERS = 6378137.0;
    private static final double GRS80_F = 1 / 298.257222101;

    /**
     * EPSG:4548 is a transverse Mercator with central meridian 117E, scale 1 and false easting
     * 500 km. On the central meridian the northing is the meridian arc length from the equator,
     * computed here by integrating the meridian radius of curvature of GRS80 (independent of GeoTools).
     */
    @Test
    void cgcs2000GaussKrugerPointOnTheCentralMeridian() {
        double northingMeters = meridianArcMeters(39.0);
        LonLat lonLat = ToWgs84.from(CrsSpec.epsg(4548)).apply(500_000.0, northingMeters);
        assertThat(lonLat.lon()).isCloseTo(117.0, within(1e-9));
        assertThat(lonLat.lat()).isCloseTo(39.0, within(1e-8));
    }

    /**
     * Reference values computed with PROJ (gdaltransform -s_srs EPSG:4326 -t_srs EPSG:4548), an
     * implementation independent of GeoTools. GeoTools agrees to 0.1 mm: it converts CGCS2000 to
     * WGS84 with a zero-shift Molodenski step between the two ellipsoids, PROJ with none.
     */
    @ParameterizedTest
    @CsvSource({"517399.980540756, 4333092.49420819, 117.2012345, 39.1312345",
        "620248.313547111, 4386053.26209105, 118.4, 39.6",
        "377871.36371459, 4263927.57326988, 115.6, 38.5"})
    void cgcs2000GaussKrugerAgreesWithProj(double x, double y, double lon, double lat) {
        LonLat lonLat = ToWgs84.from(CrsSpec.epsg(4548)).apply(x, y);
        assertThat(Geodesy.distanceMeters(lonLat.lon(), lonLat.lat(), lon, lat)).isLessThan(1e-3);
    }

    @Test
    void cgcs2000GaussKrugerIsSymmetricAboutTheCentralMeridian() {
        ToWgs84 gk = ToWgs84.from(CrsSpec.parse("EPSG:4548"));
        LonLat east = gk.apply(510_000.0, 4_330_000.0);
        LonLat west = gk.apply(490_000.0, 4_330_000.0);
        assertThat(east.lon() - 117.0).isCloseTo(117.0 - west.lon(), within(1e-12));
        assertThat(east.lat()).isCloseTo(west.lat(), within(1e-12));
        // 10 km east on the grid is about 10 km on the ground (scale 1 on the meridian)
        assertThat(Geodesy.distanceMeters(117.0, east.lat(), east.lon(), east.lat())).isCloseTo(10_000.0, within(5.0));
    }

    @Test
    void cgcs2000GeographicIsTakenAsWgs84() {
        ToWgs84 cgcs = ToWgs84.from(CrsSpec.epsg(4490));
        assertThat(cgcs.isIdentity()).isTrue();
        // GeoTools' own 4490 -> 4326 conversion (ellipsoids GRS80 vs WGS84, no datum shift) moves
        // a Chengdu point by less than 0.1 mm.
        double[] xy = {104.0665, 30.6595};
        GeoToolsCrs.toWgs84(CrsSpec.epsg(4490)).apply(xy);
        assertThat(Geodesy.distanceMeters(104.0665, 30.6595, xy[0], xy[1])).isLessThan(1e-3);
    }

    @Test
    void geometriesAreConvertedAsCopies() {
        GeometryFactory factory = new GeometryFactory();
        Geometry gcj = factory.createLineString(new Coordinate[] {new Coordinate(104.06, 30.65),
            new Coordinate(104.07, 30.66)});
        Geometry wgs = ToWgs84.from(CrsSpec.gcj02()).apply(gcj);
        LonLat first = ChineseOffsets.gcj02ToWgs84(104.06, 30.65);
        assertThat(wgs.getCoordinates()[0].x).isEqualTo(first.lon());
        assertThat(wgs.getCoordinates()[0].y).isEqualTo(first.lat());
        assertThat(gcj.getCoordinates()[0].x).isEqualTo(104.06);
    }

    @Test
    void esriPrjTextIsIdentified() {
        String gk117 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_117E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
                + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
                + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",117.0],PARAMETER[\"Scale_Factor\",1.0],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertThat(ToWgs84.identifyWkt(gk117, "a.prj")).isEqualTo(CrsSpec.epsg(4548));
        String wgs84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        assertThat(ToWgs84.identifyWkt(wgs84, "b.prj")).isEqualTo(CrsSpec.wgs84());
        assertThat(ToWgs84.wktOf(4548)).contains("117");
    }

    @Test
    void unreadableWktAndUnknownCodesAreUserErrors() {
        assertThatThrownBy(() -> ToWgs84.identifyWkt("PROJCS[broken", "parcels.prj"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parcels.prj")
                .hasMessageContaining("@epsg:");
        assertThatThrownBy(() -> ToWgs84.from(CrsSpec.epsg(999_999)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("EPSG:999999");
    }

    /** Meridian arc length on GRS80 from the equator, by Simpson's rule on the radius of curvature. */
    private static double meridianArcMeters(double latDegrees) {
        double e2 = GRS80_F * (2 - GRS80_F);
        double phi = Math.toRadians(latDegrees);
        int steps = 10_000;
        double h = phi / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double s = Math.sin(i * h);
            double radius = GRS80_A_METERS * (1 - e2) / Math.pow(1 - e2 * s * s, 1.5);
            double weight = (i == 0 || i == steps) ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += weight * radius;
        }
        return sum * h / 3;
    }
}
