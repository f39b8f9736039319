package org.lifecircle.demo.city;

import org.lifecircle.geo.LocalPlane;

/**
 * Places the plan (metres east and north of the city's south-west corner) on the map with the
 * city's centre at {@value #CENTRE_LON}E, {@value #CENTRE_LAT}N (Tianjin's centre), on the plane
 * tangent at that latitude. At 20 km from the centre the plane's east-west scale is about 0.3 %
 * off the ellipsoid's: the city is slightly wider in the north than drawn, which no reader minds
 * (lengths are measured on the ellipsoid from the written coordinates).
 */
final class CityProjection {

    static final double CENTRE_LON = 117.20;
    static final double CENTRE_LAT = 39.12;

    private final double centreEastMeters;
    private final double centreNorthMeters;
    private final double metersPerDegreeLon;
    private final double metersPerDegreeLat;

    CityProjection(double widthMeters, double heightMeters) {
        this.centreEastMeters = widthMeters / 2;
        this.centreNorthMeters = heightMeters / 2;
        LocalPlane plane = new LocalPlane(CENTRE_LAT);
        this.metersPerDegreeLon = plane.metersPerDegreeLon();
        this.metersPerDegreeLat = plane.metersPerDegreeLat();
    }

    double lon(double eastMeters) {
        return CENTRE_LON + (eastMeters - centreEastMeters) / metersPerDegreeLon;
    }

    double lat(double northMeters) {
        return CENTRE_LAT + (northMeters - centreNorthMeters) / metersPerDegreeLat;
    }

    LonLatBox bounds(double widthMeters, double heightMeters) {
        return new LonLatBox(lon(0), lat(0), lon(widthMeters), lat(heightMeters));
    }
}
