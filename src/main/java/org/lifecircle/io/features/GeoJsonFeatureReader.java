package org.lifecircle.io.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads GeoJSON: a FeatureCollection, a single Feature or a bare geometry. Feature properties
 * become attributes (strings, numbers and booleans as they are; nested objects and arrays as JSON
 * text; nulls left out), and the feature {@code id} becomes attribute "id" unless a property has
 * that name. The coordinate system is the one given after the file name, else the 2008-style
 * {@code crs} member ({@code urn:ogc:def:crs:EPSG::4548}, {@code EPSG:4490}), else WGS84 as RFC 7946
 * requires. Features are numbered from 1 in messages.
 */
public final class GeoJsonFeatureReader implements FeatureReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private final GeoJsonGeometries geometries = new GeoJsonGeometries(new GeometryFactory());

    @Override
    public List<SourceFeature> read(Path file, Optional<CrsSpec> crs) {
        String fileName = InputFiles.nameOf(file);
        JsonNode root = parse(InputFiles.readAllBytes(file), fileName);
        Wgs84Converter converter = new Wgs84Converter(crs.orElseGet(() -> declaredCrs(root, fileName)), fileName);
        String type = root.path("type").asText("");
        List<SourceFeature> features = new ArrayList<>();
        if (type.equals("FeatureCollection")) {
            JsonNode list = root.get("features");
            if (list == null || !list.isArray()) {
                throw new InvalidInputException(fileName + ": the FeatureCollection has no \"features\" array");
            }
            for (int i = 0; i < list.size(); i++) {
                features.add(feature(list.get(i), fileName + " feature " + (i + 1), converter));
            }
        } else if (type.equals("Feature")) {
            features.add(feature(root, fileName + " feature 1", converter));
        } else if (GEOMETRY_TYPES.contains(type)) {
            String where = fileName + " geometry";
            Geometry geometry = converter.convert(geometries.build(root, where), where);
            features.add(new SourceFeature(geometry, Map.of(), where));
        } else {
            throw new InvalidInputException(fileName + ": top-level type '" + type + "' is not GeoJSON; expected"
                    + " FeatureCollection, Feature or a geometry");
        }
        return features;
    }

    private static JsonNode parse(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new InvalidInputException(fileName + ": the file is empty; expected a GeoJSON FeatureCollection");
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new InvalidInputException(fileName + ": not a JSON object; expected a GeoJSON FeatureCollection");
            }
            return root;
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + " column "
                    + e.getLocation().getColumnNr();
            throw new InvalidInputException(fileName + at + ": not valid JSON (" + e.getOriginalMessage()
                    + "); check the file is complete GeoJSON", e);
        } catch (IOException e) {
            throw new InvalidInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The system named by the {@code crs} member, else WGS84. */
    private static CrsSpec declaredCrs(JsonNode root, String fileName) {
        JsonNode crs = root.get("crs");
        if (crs == null || crs.isNull()) {
            return CrsSpec.wgs84();
        }
        JsonNode properties = crs.path("properties");
        String name = properties.has("code") ? "EPSG:" + properties.path("code").asText()
                : properties.path("name").asText("");
        return CrsSpec.find(name).orElseThrow(() -> new InvalidInputException(fileName + ": the crs member names '"
                + name + "', which is not a known system; give the system after the file name, e.g. " + fileName
                + "@epsg:4548 (" + CrsSpec.ACCEPTED_FORMS + ")"));
    }

    private SourceFeature feature(JsonNode node, String where, Wgs84Converter converter) {
        if (!node.isObject() || !"Feature".equals(node.path("type").asText())) {
            throw new InvalidInputException(where + ": not a GeoJSON Feature (its \"type\" must be \"Feature\")");
        }
        Geometry geometry = converter.convert(geometries.build(node.get("geometry"), where), where);
        return new SourceFeature(geometry, attributes(node), where);
    }

    private static Map<String, Object> attributes(JsonNode feature) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        JsonNode properties = feature.path("properties");
        properties.properties().forEach(entry -> {
            Object value = valueOf(entry.getValue());
            if (value != null) {
                attributes.put(entry.getKey(), value);
            }
        });
        JsonNode id = feature.get("id");
        if (id != null && !id.isNull() && !attributes.containsKey("id")) {
            attributes.put("id", valueOf(id));
        }
        return Collections.unmodifiableMap(attributes);
    }

    /** String, Long, Double or Boolean; JSON text for objects, arrays and integers beyond long; null for null. */
    private static Object valueOf(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isFloatingPointNumber()) {
            return value.doubleValue();
        }
        return value.toString();
    }
}
