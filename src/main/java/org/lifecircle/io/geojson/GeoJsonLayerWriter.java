package org.lifecircle.io.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.export.LayerWriter;
import org.lifecircle.io.export.OutputGeometries;
import org.lifecircle.io.export.RingOrder;
import org.lifecircle.io.files.AtomicFiles;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerField;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON, UTF-8. RFC 7946 allows only WGS84 longitude/latitude; in any other output system the
 * file carries the 2008-style {@code "crs"} member ({@code urn:ogc:def:crs:EPSG::4548}), which GDAL,
 * QGIS and this project's reader honour but strict RFC 7946 readers ignore. Coordinates are written
 * to 1e-7 degrees or to the millimetre.
 */
public final class GeoJsonLayerWriter implements LayerWriter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(Layer layer, ExportOptions options, Path file) throws IOException {
        List<Geometry> geometries = OutputGeometries.of(layer, options);
        int decimals = OutputGeometries.decimals(options);
        // the stream is its own resource: a generator whose last flush fails (full disk) may not close it
        try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
             JsonGenerator json = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            collection(json, layer, geometries, decimals, options.crs().target().epsgCode());
        }
    }

    /** The layer in WGS84 (RFC 7946), written atomically: gaps.geojson. */
    public static void writeWgs84(Layer layer, Path file) {
        AtomicFiles.writeText(file, out -> {
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                writeWgs84(layer, json);
            }
        });
    }

    /** The layer in WGS84 (RFC 7946) as one FeatureCollection on a generator: the map's API answers. */
    public static void writeWgs84(Layer layer, JsonGenerator json) throws IOException {
        collection(json, layer, layer.features().stream().map(f -> f.lonLat()).toList(),
                OutputGeometries.DEGREE_DECIMALS, CrsSpec.EPSG_WGS84);
    }

    private static void collection(JsonGenerator json, Layer layer, List<Geometry> geometries, int decimals,
                                   int epsg) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeStringField("name", layer.name());
        if (epsg != CrsSpec.EPSG_WGS84) {
            json.writeObjectFieldStart("crs");
            json.writeStringField("type", "name");
            json.writeObjectFieldStart("properties");
            json.writeStringField("name", "urn:ogc:def:crs:EPSG::" + epsg);
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeArrayFieldStart("features");
        for (int i = 0; i < geometries.size(); i++) {
            feature(json, layer, i, geometries.get(i), decimals);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void feature(JsonGenerator json, Layer layer, int index, Geometry geometry, int decimals)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("properties");
        List<Object> values = layer.features().get(index).values();
        for (int f = 0; f < layer.fields().size(); f++) {
            LayerField field = layer.fields().get(f);
            json.writeFieldName(field.name());
            value(json, field, values.get(f));
        }
        json.writeEndObject();
        json.writeFieldName("geometry");
        if (geometry == null) {
            json.writeNull();
        } else {
            geometry(json, geometry, decimals);
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, LayerField field, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (field.type()) {
            case TEXT -> json.writeString(value.toString());
            case INTEGER -> json.writeNumber(((Number) value).longValue());
            case REAL -> json.writeNumber(real(((Number) value).doubleValue(), field.decimals()));
            case BOOLEAN -> json.writeBoolean((Boolean) value);
        }
    }

    private static void geometry(JsonGenerator json, Geometry geometry, int decimals) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", geometry.getGeometryType());
        json.writeFieldName("coordinates");
        if (geometry instanceof Point point) {
            position(json, point.getCoordinate(), decimals);
        } else if (geometry instanceof Polygon polygon) {
            rings(json, polygon, decimals);
        } else {
            json.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                rings(json, (Polygon) geometry.getGeometryN(i), decimals);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** RFC 7946 ring order: exterior counter-clockwise, holes clockwise. */
    private static void rings(JsonGenerator json, Polygon polygon, int decimals) throws IOException {
        json.writeStartArray();
        positions(json, RingOrder.oriented(polygon.getExteriorRing().getCoordinates(), true), decimals);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            positions(json, RingOrder.oriented(polygon.getInteriorRingN(h).getCoordinates(), false), decimals);
        }
        json.writeEndArray();
    }

    private static void positions(JsonGenerator json, Coordinate[] coordinates, int decimals) throws IOException {
        json.writeStartArray();
        for (Coordinate c : coordinates) {
            position(json, c, decimals);
        }
        json.writeEndArray();
    }

    private static void position(JsonGenerator json, Coordinate c, int decimals) throws IOException {
        json.writeStartArray();
        json.writeNumber(rounded(c.x, decimals));
        json.writeNumber(rounded(c.y, decimals));
        json.writeEndArray();
    }

    /** A real value with at least one decimal, so that readers keep it a real number (5.0, not 5). */
    private static BigDecimal real(double value, int decimals) {
        BigDecimal rounded = rounded(value, decimals);
        return rounded.scale() < 1 ? rounded.setScale(1) : rounded;
    }

    private static BigDecimal rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
