package org.lifecircle.geo;

/** A WGS84 bounding box in degrees. */
public record LonLatBounds(double minLon, double minLat, double maxLon, double maxLat) {

    public boolean contains(double lon, double lat) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }
}
