package org.lifecircle.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lifecircle.crs.LonLat;
import org.lifecircle.io.csv.Decimals;
import org.lifecircle.io.files.AtomicFiles;

/**
 * residential.geojson, streets.geojson and communities.geojson (WGS84, as RFC 7946 has it) and
 * districts.geojson (CGCS2000, named by the 2008-style {@code crs} member as Chinese GIS exports
 * do). One feature per line, 7 decimals.
 */
final class DemoGeoJsonFiles {

    static final String CGCS2000_URN = "urn:ogc:def:crs:EPSG::4490";
    private static final int DEGREE_PLACES = 7;

    private DemoGeoJsonFiles() {
    }

    static void writeResidential(Path file, List<Area> areas, Map<String, Integer> populationById,
                                 DemoProjection projection) {
        AtomicFiles.writeText(file, writer -> {
            writer.write("{\"type\":\"FeatureCollection\",\"name\":\"residential\",\"features\":[\n");
            for (int i = 0; i < areas.size(); i++) {
                Area area = areas.get(i);
                String properties = "{\"id\":" + text(area.id()) + ",\"name\":" + text(area.name()) + ",\"kind\":"
                        + text(area.gated() ? "gated_compound" : "open_neighbourhood") + ",\"population\":"
                        + populationById.get(area.id()) + "}";
                feature(writer, properties, area.outline(), projection, i + 1 < areas.size());
            }
            writer.write("]}\n");
        });
    }

    /** District extents in CGCS2000; its longitudes and latitudes are WGS84's to the centimetre. */
    static void writeDistricts(Path file, List<DemoAreas.District> districts, DemoProjection projection) {
        AtomicFiles.writeText(file, writer -> {
            writer.write("{\"type\":\"FeatureCollection\",\"name\":\"districts\",\"crs\":{\"type\":\"name\","
                    + "\"properties\":{\"name\":\"" + CGCS2000_URN + "\"}},\"features\":[\n");
            for (int i = 0; i < districts.size(); i++) {
                DemoAreas.District district = districts.get(i);
                String properties = "{\"adcode\":" + text(district.code()) + ",\"name\":" + text(district.name()) + "}";
                feature(writer, properties, district.extent(), projection, i + 1 < districts.size());
            }
            writer.write("]}\n");
        });
    }

    /** Street or community extents in WGS84: code, name and (communities) the parent's code. */
    static void writeUnits(Path file, String layerName, List<DemoUnits.Unit> units, DemoProjection projection) {
        AtomicFiles.writeText(file, writer -> {
            writer.write("{\"type\":\"FeatureCollection\",\"name\":" + text(layerName) + ",\"features\":[\n");
            for (int i = 0; i < units.size(); i++) {
                DemoUnits.Unit unit = units.get(i);
                String properties = "{\"code\":" + text(unit.code()) + ",\"name\":" + text(unit.name())
                        + (unit.parentCode().isEmpty() ? "" : ",\"parent_code\":" + text(unit.parentCode())) + "}";
                feature(writer, properties, unit.extent(), projection, i + 1 < units.size());
            }
            writer.write("]}\n");
        });
    }

    private static void feature(Writer writer, String properties, Rect outline, DemoProjection projection,
                                boolean more) throws IOException {
        StringBuilder line = new StringBuilder(512);
        line.append("{\"type\":\"Feature\",\"properties\":").append(properties)
                .append(",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
        List<Xy> ring = outline.ring();
        for (int i = 0; i < ring.size(); i++) {
            LonLat point = projection.toWgs84(ring.get(i));
            line.append(i == 0 ? "[" : ",[");
            Decimals.append(line, point.lon(), DEGREE_PLACES).append(',');
            Decimals.append(line, point.lat(), DEGREE_PLACES).append(']');
        }
        line.append("]]}}").append(more ? ",\n" : "\n");
        writer.append(line);
    }

    /** A JSON string; plan texts are names and codes, so only quotes and backslashes need escaping. */
    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\');
            } else if (c < 0x20) {
                throw new IllegalStateException("plan error: control character in " + value);
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
