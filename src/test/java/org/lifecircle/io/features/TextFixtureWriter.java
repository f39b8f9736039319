package org.lifecircle.io.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;

/** Writes the fixture as CSV (UTF-8 or GBK) and as GeoJSON, by hand, the way users' tools do. */
final class TextFixtureWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TextFixtureWriter() {
    }

    /**
     * Points get lon/lat columns (x/y for the projected system), areas a quoted WKT column. Null
     * values are empty cells. Returns the argument a user would give.
     */
    static String csv(Path dir, FixtureLayer layer, FixtureCrs crs, Charset charset) throws IOException {
        List<String> header = new ArrayList<>(layer.columns());
        boolean projected = crs == FixtureCrs.EPSG_4548;
        header.addAll(layer.isPoints() ? List.of(projected ? "x" : "lon", projected ? "y" : "lat") : List.of("wkt"));
        StringBuilder text = new StringBuilder(String.join(",", header)).append("\r\n");
        for (int i = 0; i < layer.features().size(); i++) {
            List<String> cells = new ArrayList<>();
            layer.valuesOf(i).values().forEach(v -> cells.add(v == null ? "" : v.toString()));
            Geometry geometry = crs.project(layer.features().get(i).geometry());
            if (geometry instanceof Point p) {
                cells.add(Double.toString(p.getX()));
                cells.add(Double.toString(p.getY()));
            } else {
                cells.add('"' + new WKTWriter().write(geometry) + '"');
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        Path file = dir.resolve(layer.fileBase() + ".csv");
        Files.write(file, text.toString().getBytes(charset));
        return file + (crs == FixtureCrs.WGS84 ? "" : crs.suffix());
    }

    /**
     * A FeatureCollection with feature ids, null properties written as JSON null, and for the
     * projected system a 2008-style crs member instead of a suffix.
     */
    static String geoJson(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("type", "FeatureCollection");
        if (crs == FixtureCrs.EPSG_4548) {
            root.putObject("crs").put("type", "name").putObject("properties").put("name", "urn:ogc:def:crs:EPSG::4548");
        }
        ArrayNode features = root.putArray("features");
        for (int i = 0; i < layer.features().size(); i++) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", i + 1);
            ObjectNode properties = feature.putObject("properties");
            for (Map.Entry<String, Object> e : layer.valuesOf(i).entrySet()) {
                properties.putPOJO(e.getKey(), e.getValue());
            }
            feature.set("geometry", geometry(crs.project(layer.features().get(i).geometry())));
        }
        Path file = dir.resolve(layer.fileBase() + ".geojson");
        JSON.writeValue(file.toFile(), root);
        return file + (crs == FixtureCrs.GCJ02 ? crs.suffix() : "");
    }

    private static ObjectNode geometry(Geometry geometry) {
        ObjectNode node = JSON.createObjectNode();
        if (geometry instanceof Point p) {
            node.put("type", "Point").set("coordinates", position(p.getCoordinate()));
            return node;
        }
        Polygon polygon = (Polygon) geometry;
        ArrayNode rings = node.put("type", "Polygon").putArray("coordinates");
        rings.add(ring(polygon.getExteriorRing().getCoordinates()));
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            rings.add(ring(polygon.getInteriorRingN(h).getCoordinates()));
        }
        return node;
    }

    private static ArrayNode ring(Coordinate[] coordinates) {
        ArrayNode ring = JSON.createArrayNode();
        for (Coordinate c : coordinates) {
            ring.add(position(c));
        }
        return ring;
    }

    private static ArrayNode position(Coordinate c) {
        return JSON.createArrayNode().add(c.x).add(c.y);
    }
}
