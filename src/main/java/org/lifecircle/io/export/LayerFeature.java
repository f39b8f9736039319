package org.lifecircle.io.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer.
 *
 * @param lonLat its geometry in WGS84 (x = longitude): a Point, or a Polygon/MultiPolygon
 * @param values one value per field of the layer, in field order (null for none)
 */
public record LayerFeature(Geometry lonLat, List<Object> values) {

    public LayerFeature {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
