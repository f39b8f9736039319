package org.lifecircle.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Features of one geometry kind with typed fields: one result, for every output format.
 *
 * @param name the layer's name (ASCII): the GeoPackage table, the Shapefile's base name
 * @param geometry what geometry every feature has (none: a table such as districts.csv)
 * @param fields the fields, in column order
 * @param features the features, each with one value per field
 */
public record Layer(String name, GeometryKind geometry, List<LayerField> fields, List<LayerFeature> features) {

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
            if ((feature.lonLat() == null) != (geometry == GeometryKind.NONE)) {
                throw new IllegalArgumentException(name + ": a " + geometry + " layer with a feature "
                        + (feature.lonLat() == null ? "without" : "with") + " geometry");
            }
        }
    }

    /** True for a point layer. */
    public boolean points() {
        return geometry == GeometryKind.POINT;
    }

    /** The WGS84 extent of all features (empty for an empty layer or a table). */
    public Envelope lonLatEnvelope() {
        Envelope envelope = new Envelope();
        features.stream().filter(f -> f.lonLat() != null)
                .forEach(f -> envelope.expandToInclude(f.lonLat().getEnvelopeInternal()));
        return envelope;
    }

    /** The field's index, if the layer has a field of that name. */
    public Optional<Integer> findField(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The index of a field that must be there. */
    public int getField(String fieldName) {
        return findField(fieldName).orElseThrow(() -> new IllegalArgumentException(name + " has no field "
                + fieldName));
    }

    /** The same layer, under another name, with only the features that pass. */
    public Layer filter(String newName, Predicate<LayerFeature> keep) {
        return new Layer(newName, geometry, fields, features.stream().filter(keep).toList());
    }

    /** The same layer with only these features (by index), their geometry replaced (e.g. simplified for a map view). */
    public Layer select(List<Integer> indexes, java.util.function.IntFunction<Geometry> geometryOf) {
        List<LayerFeature> chosen = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            chosen.add(new LayerFeature(geometryOf.apply(i), features.get(i).values()));
        }
        return new Layer(name, geometry, fields, chosen);
    }

    /** The same layer without its geometry (a table of the same fields). */
    public Layer withoutGeometry() {
        return new Layer(name, GeometryKind.NONE, fields, features.stream()
                .map(f -> new LayerFeature(null, f.values())).toList());
    }
}
