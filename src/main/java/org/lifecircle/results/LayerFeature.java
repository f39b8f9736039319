package org.lifecircle.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer.
 *
 * @param lonLat its geometry in WGS84 (x = longitude): a Point, or a Polygon/MultiPolygon; null in a table
 * @param values one value per field of the layer, in field order (null for none)
 */
public record LayerFeature(Geometry lonLat, List<Object> values) {

    public LayerFeature {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The value at a field index. */
    public Object value(int field) {
        return values.get(field);
    }
}
