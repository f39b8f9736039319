package org.lifecircle.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lifecircle.io.geojson.GeoJsonGeometry;
import org.lifecircle.io.geojson.GeoJsonLayerWriter;
import org.lifecircle.results.Layer;
import org.locationtech.jts.geom.Geometry;

/** Writes lists of view records as GeoJSON FeatureCollections. */
final class GeoJsonFeatures {

    private final ObjectMapper mapper;

    GeoJsonFeatures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A layer as a FeatureCollection, with the fields every output has (io.geojson's encoder). */
    String layer(Layer layer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            GeoJsonLayerWriter.writeWgs84(layer, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One feature per item: its geometry and the properties the function gives (nulls kept). */
    <T> String collection(List<T> items, Function<T, Geometry> geometry, Function<T, Map<String, Object>> properties) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (T item : items) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeFieldName("properties");
                mapper.writeValue(json, properties.apply(item));
                json.writeFieldName("geometry");
                GeoJsonGeometry.write(json, geometry.apply(item));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
