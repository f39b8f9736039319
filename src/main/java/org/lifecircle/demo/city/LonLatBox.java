package org.lifecircle.demo.city;

/** A longitude/latitude box in degrees (WGS84), for the PBF header's bounds. */
record LonLatBox(double westLon, double southLat, double eastLon, double northLat) {
}
