package org.lifecircle.io.osm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made OSM elements on a grid near Chengdu, fed straight to a handler: column c and row r are
 * at lon 104 + c * 0.001, lat 30.6 + r * 0.001 (one cell is about 96 m east by 111 m north).
 * Callers send nodes first, then ways, then relations, as a reader would.
 */
final class GridOsm {

    static final double LON0 = 104.0;
    static final double LAT0 = 30.6;
    static final double STEP_DEGREES = 0.001;

    private final OsmHandler handler;

    GridOsm(OsmHandler handler) {
        this.handler = handler;
    }

    static double lon(double col) {
        return LON0 + col * STEP_DEGREES;
    }

    static double lat(double row) {
        return LAT0 + row * STEP_DEGREES;
    }

    static Map<String, String> tags(String... keyValues) {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return tags;
    }

    GridOsm node(long id, double col, double row, String... keyValues) {
        handler.node(id, lon(col), lat(row), tags(keyValues));
        return this;
    }

    GridOsm way(long id, long[] nodeIds, String... keyValues) {
        handler.way(id, nodeIds, tags(keyValues));
        return this;
    }

    GridOsm relation(long id, List<OsmMember> members, String... keyValues) {
        handler.relation(id, members, tags(keyValues));
        return this;
    }

    static long[] refs(long... ids) {
        return ids;
    }

    static OsmMember outer(long wayId) {
        return new OsmMember("way", wayId, "outer");
    }

    static OsmMember inner(long wayId) {
        return new OsmMember("way", wayId, "inner");
    }
}
