package org.lifecircle.demo;

import java.util.List;

/**
 * A walkable way of the plan: a named street, a bridge or a footpath.
 *
 * @param name display name, may be empty (footpaths)
 * @param highway the OSM highway value: primary, secondary, residential, footway
 * @param bridgeName the bridge's own name when the way is a bridge over the river, else empty
 * @param points its course, at least two points
 */
record Street(String name, String highway, String bridgeName, List<Xy> points) {

    Street {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("street '" + name + "' needs two points");
        }
    }

    static Street of(String name, String highway, Xy from, Xy to) {
        return new Street(name, highway, "", List.of(from, to));
    }

    static Street bridge(String name, String highway, String bridgeName, Xy from, Xy to) {
        return new Street(name, highway, bridgeName, List.of(from, to));
    }

    boolean isBridge() {
        return !bridgeName.isEmpty();
    }
}
