package org.lifecircle.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.lifecircle.io.features.FeatureReader;
import org.lifecircle.io.features.Wgs84Converter;
import org.lifecircle.io.files.InputFiles;
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
 *
 * <p>The file is streamed: the features array is read one feature at a time with Jackson's
 * streaming parser, and only that feature is held as a JSON tree, so the memory a large file takes
 * is that of the features read (geometries and attributes), not a tree of the whole document. The
 * {@code crs} member may come after the features, so geometries are converted once the document
 * has been read.
 */
public final class GeoJsonFeatureReader implements FeatureReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private final GeoJsonGeometries geometries = new GeoJsonGeometries(new GeometryFactory());

    /** The top-level members but "features", and the features as read (geometries not yet converted). */
    private record Document(ObjectNode members, List<SourceFeature> features) {
    }

    @Override
    public List<SourceFeature> read(Path file, Optional<CrsSpec> crs) {
        String fileName = InputFiles.nameOf(file);
        InputFiles.requireFile(file);
        Document document = parse(file, fileName);
        JsonNode root = document.members();
        Wgs84Converter converter = new Wgs84Converter(crs.orElseGet(() -> declaredCrs(root, fileName)), fileName);
        String type = root.path("type").asText("");
        if (type.equals("FeatureCollection")) {
            if (document.features() == null) {
                throw new InvalidInputException(fileName + ": the FeatureCollection has no \"features\" array");
            }
            return converted(document.features(), converter);
        }
        if (type.equals("Feature")) {
            return converted(new ArrayList<>(List.of(feature(root, fileName + " feature 1"))), converter);
        }
        if (GEOMETRY_TYPES.contains(type)) {
            String where = fileName + " geometry";
            Geometry geometry = converter.convert(geometries.build(root, where), where);
            return List.of(new SourceFeature(geometry, Map.of(), where));
        }
        throw new InvalidInputException(fileName + ": top-level type '" + type + "' is not GeoJSON; expected"
                + " FeatureCollection, Feature or a geometry");
    }

    /** Converts every feature to WGS84 in place, so that each source geometry can be collected at once. */
    private static List<SourceFeature> converted(List<SourceFeature> features, Wgs84Converter converter) {
        for (int i = 0; i < features.size(); i++) {
            SourceFeature raw = features.get(i);
            Geometry wgs84 = converter.convert(raw.geometry(), raw.location());
            features.set(i, new SourceFeature(wgs84, raw.attributes(), raw.location()));
        }
        return features;
    }

    private Document parse(Path file, String fileName) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(fileName + ": the file is empty; expected a GeoJSON FeatureCollection");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidInputException(fileName + ": not a JSON object; expected a GeoJSON FeatureCollection");
            }
            Document document = readMembers(parser, fileName);
            if (parser.nextToken() != null) {
                throw new InvalidInputException(fileName + location(parser.currentLocation()) + ": more content after"
                        + " the end of the GeoJSON object; a file holds one FeatureCollection (one Feature per line,"
                        + " GeoJSONSeq, is not supported)");
            }
            return document;
        } catch (JsonProcessingException e) {
            String problem = String.valueOf(e.getOriginalMessage());
            throw new InvalidInputException(fileName + location(e.getLocation()) + ": not valid JSON ("
                    + plain(problem) + "); check the file is complete GeoJSON"
                    + (problem.contains("UTF-8") ? ", saved as UTF-8 (RFC 7946)" : ""), e);
        } catch (IOException e) {
            throw InputFiles.cannotRead(file, e);
        }
    }

    /** Reads the members of the top-level object, streaming the features array. */
    private Document readMembers(JsonParser parser, String fileName) throws IOException {
        ObjectNode members = JSON.createObjectNode();
        List<SourceFeature> features = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("features") && value == JsonToken.START_ARRAY) {
                features = readFeatures(parser, fileName);
            } else {
                members.set(name, parser.readValueAsTree());
            }
        }
        return new Document(members, features);
    }

    private List<SourceFeature> readFeatures(JsonParser parser, String fileName) throws IOException {
        List<SourceFeature> features = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new InvalidInputException(fileName + ": not valid JSON (the file ends inside the features"
                        + " array); check the file is complete GeoJSON");
            }
            JsonNode node = parser.readValueAsTree();
            features.add(feature(node, fileName + " feature " + (features.size() + 1)));
        }
        return features;
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " line " + location.getLineNr() + " column " + location.getColumnNr();
    }

    /** Jackson's message without its advice to developers ("enable `JsonReadFeature...` to allow"). */
    private static String plain(String message) {
        return message.replaceAll(":? ?\\(?enable `[^`]*` to allow\\)?", "").replaceAll(", from `[^`]*`", "");
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

    /** The feature with its geometry still in the file's coordinate system. */
    private SourceFeature feature(JsonNode node, String where) {
        if (node == null || !node.isObject() || !"Feature".equals(node.path("type").asText())) {
            throw new InvalidInputException(where + ": not a GeoJSON Feature (its \"type\" must be \"Feature\")");
        }
        return new SourceFeature(geometries.build(node.get("geometry"), where), attributes(node), where);
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
