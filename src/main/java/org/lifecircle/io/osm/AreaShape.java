package org.lifecircle.io.osm;

import org.locationtech.jts.geom.Geometry;

/**
 * The outline built for an OSM way or relation: a valid Polygon or MultiPolygon, or the reason
 * none could be built.
 *
 * @param polygon the outline (WGS84), null when {@code problem} is set
 * @param repaired true when the mapped outline was invalid (self-intersecting, ...) and was fixed
 * @param problem why no outline could be built, or null
 */
record AreaShape(Geometry polygon, boolean repaired, String problem) {

    static AreaShape of(Geometry polygon, boolean repaired) {
        return new AreaShape(polygon, repaired, null);
    }

    static AreaShape problem(String problem) {
        return new AreaShape(null, false, problem);
    }

    boolean isBuilt() {
        return problem == null;
    }
}
