package org.lifecircle.io.osm;

import java.util.List;
import java.util.Map;

/**
 * One OSM element as a handler saw it (or as a fixture expects it), with its tags copied.
 *
 * @param kind "node", "way" or "relation"
 * @param lonDegrees WGS84 longitude of a node, NaN otherwise
 * @param latDegrees WGS84 latitude of a node, NaN otherwise
 */
record RecordedElement(String kind, long id, double lonDegrees, double latDegrees, Map<String, String> tags,
        List<Long> nodeIds, List<OsmMember> members) {

    static RecordedElement node(long id, double lonDegrees, double latDegrees, Map<String, String> tags) {
        return new RecordedElement("node", id, lonDegrees, latDegrees, Map.copyOf(tags), List.of(), List.of());
    }

    static RecordedElement way(long id, List<Long> nodeIds, Map<String, String> tags) {
        return new RecordedElement("way", id, Double.NaN, Double.NaN, Map.copyOf(tags), List.copyOf(nodeIds),
                List.of());
    }

    static RecordedElement relation(long id, List<OsmMember> members, Map<String, String> tags) {
        return new RecordedElement("relation", id, Double.NaN, Double.NaN, Map.copyOf(tags), List.of(),
                List.copyOf(members));
    }
}
