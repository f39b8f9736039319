package org.lifecircle.io.export;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Features of one geometry kind with typed fields, ready for any export format.
 *
 * @param name the layer's name (ASCII): the GeoPackage table, the Shapefile's base name
 * @param points true for a point layer, false for polygons (Polygon and MultiPolygon)
 * @param fields the fields, in column order
 * @param features the features, each with one value per field
 */
public record Layer(String name, boolean points, List<LayerField> fields, List<LayerFeature> features) {

    public Layer {
        fields = List.copyOf(fields);
        features = List.copyOf(features);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("layer names are ASCII snake_case: " + name);
        }
        for (LayerFeature feature : features) {
            if (feature.values().size() != fields.size()) {
                throw new IllegalArgumentException(name + ": a feature has " + feature.values().size()
                        + " values for " + fields.size() + " fields");
            }
        }
    }

    /** The WGS84 extent of all features (empty for an empty layer). */
    public Envelope lonLatEnvelope() {
        Envelope envelope = new Envelope();
        features.forEach(f -> envelope.expandToInclude(f.lonLat().getEnvelopeInternal()));
        return envelope;
    }
}
