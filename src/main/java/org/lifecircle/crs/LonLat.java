package org.lifecircle.crs;

/**
 * A longitude/latitude pair in degrees (x = longitude).
 *
 * @param lon longitude in degrees, east positive
 * @param lat latitude in degrees, north positive
 */
public record LonLat(double lon, double lat) {
}
