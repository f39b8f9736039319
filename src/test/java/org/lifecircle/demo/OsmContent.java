package org.lifecircle.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.osm.OsmFiles;
import org.lifecircle.io.osm.OsmHandler;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** An OSM file's nodes and ways, read with the project's own reader, for checking the demo network. */
final class OsmContent implements OsmHandler {

    /** A way as read: id, node references and a copy of its tags. */
    record Way(long id, long[] refs, Map<String, String> tags) {
    }

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Map<Long, Coordinate> nodes = new HashMap<>();
    private final Map<Long, Map<String, String>> nodeTags = new HashMap<>();
    private final List<Way> ways = new ArrayList<>();

    static OsmContent read(Path file) {
        OsmContent content = new OsmContent();
        OsmFiles.read(file, content);
        return content;
    }

    @Override
    public void node(long id, double lon, double lat, Map<String, String> tags) {
        nodes.put(id, new Coordinate(lon, lat));
        if (!tags.isEmpty()) {
            nodeTags.put(id, Map.copyOf(tags));
        }
    }

    @Override
    public void way(long id, long[] nodeIds, Map<String, String> tags) {
        ways.add(new Way(id, nodeIds.clone(), Map.copyOf(tags)));
    }

    List<Way> ways() {
        return ways;
    }

    Map<Long, Map<String, String>> taggedNodes() {
        return nodeTags;
    }

    Coordinate node(long id) {
        return nodes.get(id);
    }

    LineString line(Way way) {
        Coordinate[] points = new Coordinate[way.refs().length];
        for (int i = 0; i < points.length; i++) {
            points[i] = nodes.get(way.refs()[i]);
        }
        return GEOMETRY.createLineString(points);
    }

    Polygon polygon(Way way) {
        return GEOMETRY.createPolygon(line(way).getCoordinates());
    }
}
