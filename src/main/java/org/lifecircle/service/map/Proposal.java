package org.lifecircle.service.map;

/**
 * A facility a planner proposes on the map.
 *
 * @param category what it would serve
 * @param name a label, may be empty
 * @param lon WGS84 longitude
 * @param lat WGS84 latitude
 */
public record Proposal(String category, String name, double lon, double lat) {
}
