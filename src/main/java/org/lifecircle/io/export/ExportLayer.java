package org.lifecircle.io.export;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer ready to write: fields, and features with WGS84 geometry and one value per field.
 *
 * @param name the layer's name (GeoPackage table, file stem)
 * @param polygons true for (multi)polygon layers, false for points
 */
public record ExportLayer(String name, boolean polygons, List<ExportField> fields, List<Feature> features) {

    public ExportLayer {
        fields = List.copyOf(fields);
        features = List.copyOf(features);
    }

    /** A feature: WGS84 geometry and values in field order (null for empty). */
    public record Feature(Geometry geometry, List<Object> values) {
    }
}
