package org.lifecircle.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.lifecircle.crs.LonLat;
import org.lifecircle.io.csv.Decimals;
import org.lifecircle.io.files.AtomicFiles;

/** Writes an {@link OsmDraft} as OSM XML 0.6: bounds, nodes by id, ways by id; 7 decimals (about 1 cm). */
final class OsmXmlFile {

    private static final int DEGREE_PLACES = 7;

    private OsmXmlFile() {
    }

    static void write(Path file, OsmDraft draft, DemoProjection projection) {
        AtomicFiles.writeText(file, writer -> {
            writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            writer.write("<osm version=\"0.6\" generator=\"LifeCircle DemoCityGenerator\">\n");
            writeBounds(writer, draft, projection);
            for (long id = 1; id <= draft.nodeCount(); id++) {
                writeNode(writer, id, projection.toWgs84(draft.position(id)), draft.tagsOf(id));
            }
            for (OsmDraft.Way way : draft.ways()) {
                writer.write("  <way id=\"" + way.id() + "\">\n");
                for (long node : way.nodeIds()) {
                    writer.write("    <nd ref=\"" + node + "\"/>\n");
                }
                writeTags(writer, way.tags());
                writer.write("  </way>\n");
            }
            writer.write("</osm>\n");
        });
    }

    private static void writeBounds(Writer writer, OsmDraft draft, DemoProjection projection) throws IOException {
        double minLon = Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (long id = 1; id <= draft.nodeCount(); id++) {
            LonLat point = projection.toWgs84(draft.position(id));
            minLon = Math.min(minLon, point.lon());
            minLat = Math.min(minLat, point.lat());
            maxLon = Math.max(maxLon, point.lon());
            maxLat = Math.max(maxLat, point.lat());
        }
        writer.write("  <bounds minlat=\"" + degrees(minLat) + "\" minlon=\"" + degrees(minLon) + "\" maxlat=\""
                + degrees(maxLat) + "\" maxlon=\"" + degrees(maxLon) + "\"/>\n");
    }

    private static void writeNode(Writer writer, long id, LonLat point, Map<String, String> tags) throws IOException {
        String start = "  <node id=\"" + id + "\" lat=\"" + degrees(point.lat()) + "\" lon=\""
                + degrees(point.lon()) + "\"";
        if (tags.isEmpty()) {
            writer.write(start + "/>\n");
            return;
        }
        writer.write(start + ">\n");
        writeTags(writer, tags);
        writer.write("  </node>\n");
    }

    private static void writeTags(Writer writer, Map<String, String> tags) throws IOException {
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            writer.write("    <tag k=\"" + escape(tag.getKey()) + "\" v=\"" + escape(tag.getValue()) + "\"/>\n");
        }
    }

    private static String degrees(double value) {
        return Decimals.format(value, DEGREE_PLACES);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
