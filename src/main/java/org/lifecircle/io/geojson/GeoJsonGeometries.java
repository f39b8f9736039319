package org.lifecircle.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.model.InvalidInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds JTS geometries from GeoJSON geometry objects (RFC 7946 section 3.1): Point, LineString,
 * Polygon, their Multi* forms and GeometryCollection. Positions keep x and y; a third value
 * (height) is ignored. Errors name the feature.
 */
final class GeoJsonGeometries {

    private final GeometryFactory factory;

    GeoJsonGeometries(GeometryFactory factory) {
        this.factory = factory;
    }

    /** The geometry of a GeoJSON geometry object; {@code where} is e.g. "areas.geojson feature 3". */
    Geometry build(JsonNode geometry, String where) {
        if (geometry == null || geometry.isNull()) {
            throw new InvalidInputException(where + ": no geometry (null); give it one or remove the feature");
        }
        String type = geometry.path("type").asText("");
        if (type.equals("GeometryCollection")) {
            JsonNode members = geometry.path("geometries");
            List<Geometry> parts = new ArrayList<>();
            for (JsonNode member : members) {
                parts.add(build(member, where));
            }
            return factory.createGeometryCollection(parts.toArray(Geometry[]::new));
        }
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new InvalidInputException(where + ": geometry of type '" + type + "' has no coordinates array");
        }
        try {
            return byType(type, coordinates, where);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where + ": invalid " + type + " (" + e.getMessage() + ")", e);
        }
    }

    private Geometry byType(String type, JsonNode c, String where) {
        return switch (type) {
            case "Point" -> factory.createPoint(position(c, where));
            case "MultiPoint" -> factory.createMultiPoint(points(c, where));
            case "LineString" -> factory.createLineString(positions(c, where));
            case "MultiLineString" -> factory.createMultiLineString(lines(c, where));
            case "Polygon" -> polygon(c, where);
            case "MultiPolygon" -> factory.createMultiPolygon(polygons(c, where));
            default -> throw new InvalidInputException(where + ": unknown geometry type '" + type + "'; expected Point,"
                    + " LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon or GeometryCollection");
        };
    }

    private Coordinate position(JsonNode p, String where) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new InvalidInputException(where + ": a position must be [longitude, latitude] numbers, found "
                    + abbreviate(p.toString()));
        }
        return new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue());
    }

    private Coordinate[] positions(JsonNode array, String where) {
        Coordinate[] result = new Coordinate[array.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = position(array.get(i), where);
        }
        return result;
    }

    private Point[] points(JsonNode array, String where) {
        Point[] result = new Point[array.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = factory.createPoint(position(array.get(i), where));
        }
        return result;
    }

    private LineString[] lines(JsonNode array, String where) {
        LineString[] result = new LineString[array.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = factory.createLineString(positions(array.get(i), where));
        }
        return result;
    }

    private Polygon polygon(JsonNode rings, String where) {
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0), where, 1);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), where, i + 1);
        }
        return factory.createPolygon(shell, holes);
    }

    private Polygon[] polygons(JsonNode array, String where) {
        Polygon[] result = new Polygon[array.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = polygon(array.get(i), where);
        }
        return result;
    }

    private LinearRing ring(JsonNode array, String where, int ringNumber) {
        Coordinate[] coordinates = positions(array, where);
        if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new InvalidInputException(where + ": polygon ring " + ringNumber + " is not closed or has fewer than"
                    + " 4 positions (" + coordinates.length + "); a ring repeats its first position at the end");
        }
        return factory.createLinearRing(coordinates);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
