package org.lifecircle.io.osm;

import java.util.List;
import java.util.Map;

/**
 * Receives OSM elements in file order (nodes, then ways, then relations, as OSM files are
 * sorted). Tag maps are never null, may be empty, and are not retained by the reader.
 */
public interface OsmHandler {

    void node(long id, double lon, double lat, Map<String, String> tags);

    void way(long id, long[] nodeIds, Map<String, String> tags);

    default void relation(long id, List<OsmMember> members, Map<String, String> tags) {
    }
}
