package org.lifecircle.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.io.geojson.GeoJsonGeometry;

/**
 * GeoJSON (always UTF-8, as RFC 7946 requires). In WGS84 it is plain RFC 7946; in any other system
 * the coordinates are that system's and the pre-RFC {@code crs} member names it, which GDAL/QGIS read.
 */
final class GeoJsonLayerWriter implements LayerWriter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(ExportLayer layer, ExportOptions options, FromWgs84 crs, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("name", layer.name());
            if (crs.epsgCode() != CrsSpec.EPSG_WGS84) {
                json.writeObjectFieldStart("crs");
                json.writeStringField("type", "name");
                json.writeObjectFieldStart("properties");
                json.writeStringField("name", "urn:ogc:def:crs:EPSG::" + crs.epsgCode());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeArrayFieldStart("features");
            for (ExportLayer.Feature feature : layer.features()) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeObjectFieldStart("properties");
                for (int i = 0; i < layer.fields().size(); i++) {
                    json.writeFieldName(layer.fields().get(i).name());
                    writeValue(json, feature.values().get(i));
                }
                json.writeEndObject();
                json.writeFieldName("geometry");
                GeoJsonGeometry.write(json, crs.apply(feature.geometry()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n.doubleValue());
        } else {
            json.writeString(value.toString());
        }
    }
}
