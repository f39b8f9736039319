package org.lifecircle.io.osm;

/**
 * A member of an OSM relation.
 *
 * @param type "node", "way" or "relation"
 * @param ref the member's OSM id
 * @param role the member's role, empty when none
 */
public record OsmMember(String type, long ref, String role) {
}
