package org.lifecircle.demo.city;

import org.lifecircle.io.csv.Decimals;

/** GeoJSON pieces the generator writes: rectangles in plan metres as polygons, 7 decimals (about 1 cm). */
final class GeoJsonText {

    static final String CGCS2000_URN = "urn:ogc:def:crs:EPSG::4490";
    private static final int DEGREE_PLACES = 7;

    private GeoJsonText() {
    }

    /** The opening of a FeatureCollection; {@code crsUrn} null for WGS84 (RFC 7946, no crs member). */
    static String header(String name, String crsUrn) {
        String crs = crsUrn == null ? "" : ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crsUrn + "\"}}";
        return "{\"type\":\"FeatureCollection\",\"name\":\"" + name + "\"" + crs + ",\"features\":[\n";
    }

    /** One feature line: properties (a JSON object) and a counter-clockwise rectangle west, south, east, north. */
    static void feature(StringBuilder line, String properties, double[] box, CityProjection projection) {
        line.append("{\"type\":\"Feature\",\"properties\":").append(properties)
                .append(",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
        double[][] ring = {{box[0], box[1]}, {box[2], box[1]}, {box[2], box[3]}, {box[0], box[3]}, {box[0], box[1]}};
        for (int i = 0; i < ring.length; i++) {
            line.append(i == 0 ? "[" : ",[");
            Decimals.append(line, projection.lon(ring[i][0]), DEGREE_PLACES).append(',');
            Decimals.append(line, projection.lat(ring[i][1]), DEGREE_PLACES).append(']');
        }
        line.append("]]}}");
    }

    /** A JSON string of generated text (names and codes: no quotes, backslashes or control characters). */
    static String text(String value) {
        return "\"" + value + "\"";
    }
}
