package org.lifecircle.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Writes JTS geometries as GeoJSON geometry objects (RFC 7946: lon, lat; 7 decimals, about 1 cm). */
public final class GeoJsonGeometry {

    private static final double SCALE = 1e7;

    private GeoJsonGeometry() {
    }

    public static void write(JsonGenerator json, Geometry geometry) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", geometry.getGeometryType());
        if (geometry instanceof Point point) {
            json.writeFieldName("coordinates");
            position(json, point.getCoordinate());
        } else if (geometry instanceof LineString line) {
            json.writeFieldName("coordinates");
            positions(json, line.getCoordinates());
        } else if (geometry instanceof Polygon polygon) {
            json.writeFieldName("coordinates");
            rings(json, polygon);
        } else if ("MultiPolygon".equals(geometry.getGeometryType())) {
            json.writeArrayFieldStart("coordinates");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                rings(json, (Polygon) geometry.getGeometryN(i));
            }
            json.writeEndArray();
        } else {
            json.writeArrayFieldStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                write(json, geometry.getGeometryN(i));
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void rings(JsonGenerator json, Polygon polygon) throws IOException {
        json.writeStartArray();
        positions(json, polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            positions(json, polygon.getInteriorRingN(i).getCoordinates());
        }
        json.writeEndArray();
    }

    private static void positions(JsonGenerator json, Coordinate[] coordinates) throws IOException {
        json.writeStartArray();
        for (Coordinate c : coordinates) {
            position(json, c);
        }
        json.writeEndArray();
    }

    private static void position(JsonGenerator json, Coordinate c) throws IOException {
        json.writeStartArray();
        json.writeNumber(Math.round(c.x * SCALE) / SCALE);
        json.writeNumber(Math.round(c.y * SCALE) / SCALE);
        json.writeEndArray();
    }
}
