package org.lifecircle.demo;

import org.lifecircle.crs.LonLat;
import org.lifecircle.geo.LocalPlane;

/**
 * Places the plan on the map: the plan's centre at {@value #CENTRE_LON}E, {@value #CENTRE_LAT}N
 * (Tianjin), metres converted to degrees on the plane tangent at that latitude. Over 3 km the
 * plane is within a few centimetres of the ellipsoid, far below what coverage notices.
 */
final class DemoProjection {

    static final double CENTRE_LON = 117.20;
    static final double CENTRE_LAT = 39.12;

    private final Xy centre;
    private final LocalPlane plane = new LocalPlane(CENTRE_LAT);

    /**
     * @param centre the plan point placed at the centre longitude and latitude
     */
    DemoProjection(Xy centre) {
        this.centre = centre;
    }

    LonLat toWgs84(Xy point) {
        double lon = CENTRE_LON + (point.eastMeters() - centre.eastMeters()) / plane.metersPerDegreeLon();
        double lat = CENTRE_LAT + (point.northMeters() - centre.northMeters()) / plane.metersPerDegreeLat();
        return new LonLat(lon, lat);
    }
}
