package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.geo.LocalPlane;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Catchment polygons from a search result: the reached pieces of edges (exact partial edges), as
 * lines on a local metric plane, buffered by a lateral offset (the reach from the path to a door)
 * and unioned, then back to WGS84. Areas the network does not reach stay holes. Buffering the
 * pieces as one MultiLineString unions them in the same operation.
 */
public final class CatchmentShapes {

    /** Default lateral offset: from the walked path to a building's door. */
    public static final double DEFAULT_LATERAL_OFFSET_METERS = 40;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final WalkingGraph graph;
    private final LocalPlane plane;
    private final double originLon;
    private final double originLat;
    private double lateralOffsetMeters = DEFAULT_LATERAL_OFFSET_METERS;

    public CatchmentShapes(WalkingGraph graph) {
        this.graph = graph;
        var b = graph.edgeIndex().bounds();
        this.originLon = (b.minLon() + b.maxLon()) / 2;
        this.originLat = (b.minLat() + b.maxLat()) / 2;
        this.plane = new LocalPlane(originLat);
    }

    public CatchmentShapes lateralOffsetMeters(double meters) {
        this.lateralOffsetMeters = meters;
        return this;
    }

    /** Everything the search reached, as one (multi)polygon. */
    public Geometry dissolved(SearchResult result) {
        List<LineString> lines = new ArrayList<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            for (double[] piece : result.reachedPieces(e)) {
                lines.add(piece(e, piece[0], piece[1]));
            }
        }
        return polygon(lines);
    }

    /**
     * The reach of each source, each piece of network given to its nearest source: an edge reached
     * from both ends is divided where the two walks meet.
     */
    public Map<Integer, Geometry> splitByNearest(SearchResult result) {
        Map<Integer, List<LineString>> bySource = new HashMap<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            double length = graph.edgeLengthMeters(e);
            int from = graph.edgeFrom(e);
            int to = graph.edgeTo(e);
            double meet = (result.distanceMeters(to) + length - result.distanceMeters(from)) / 2;
            for (double[] piece : result.reachedPieces(e)) {
                double cut = Math.max(piece[0], Math.min(piece[1], meet));
                if (cut > piece[0] && result.isReached(from)) {
                    add(bySource, result.nearestSource(from), piece(e, piece[0], cut));
                }
                if (piece[1] > cut && result.isReached(to)) {
                    add(bySource, result.nearestSource(to), piece(e, cut, piece[1]));
                }
            }
        }
        Map<Integer, Geometry> polygons = new HashMap<>();
        bySource.forEach((source, lines) -> polygons.put(source, polygon(lines)));
        return polygons;
    }

    private static void add(Map<Integer, List<LineString>> bySource, int source, LineString line) {
        bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(line);
    }

    /** The part of an edge between two offsets from its from-node, on the metric plane. */
    private LineString piece(int edge, double startMeters, double endMeters) {
        double[] lonLat = graph.edgeLonLat(edge);
        int n = lonLat.length / 2;
        double[] along = new double[n];
        for (int i = 1; i < n; i++) {
            along[i] = along[i - 1] + Geodesy.distanceMeters(lonLat[2 * i - 2], lonLat[2 * i - 1], lonLat[2 * i], lonLat[2 * i + 1]);
        }
        double scale = along[n - 1] > 0 ? graph.edgeLengthMeters(edge) / along[n - 1] : 1;
        List<Coordinate> points = new ArrayList<>();
        points.add(at(lonLat, along, scale, startMeters));
        for (int i = 1; i < n - 1; i++) {
            if (along[i] * scale > startMeters && along[i] * scale < endMeters) {
                points.add(metric(lonLat[2 * i], lonLat[2 * i + 1]));
            }
        }
        points.add(at(lonLat, along, scale, endMeters));
        if (points.size() == 2 && points.get(0).equals2D(points.get(1))) {
            points.set(1, new Coordinate(points.get(1).x + 0.01, points.get(1).y));
        }
        return GEOMETRY.createLineString(points.toArray(new Coordinate[0]));
    }

    private Coordinate at(double[] lonLat, double[] along, double scale, double meters) {
        int n = along.length;
        for (int i = 1; i < n; i++) {
            if (along[i] * scale >= meters || i == n - 1) {
                double segment = (along[i] - along[i - 1]) * scale;
                double t = segment > 0 ? Math.max(0, Math.min(1, (meters - along[i - 1] * scale) / segment)) : 0;
                return metric(lonLat[2 * i - 2] + t * (lonLat[2 * i] - lonLat[2 * i - 2]),
                        lonLat[2 * i - 1] + t * (lonLat[2 * i + 1] - lonLat[2 * i - 1]));
            }
        }
        return metric(lonLat[0], lonLat[1]);
    }

    private Coordinate metric(double lon, double lat) {
        return new Coordinate(plane.eastMeters(lon - originLon), plane.northMeters(lat - originLat));
    }

    private Geometry polygon(List<LineString> lines) {
        if (lines.isEmpty()) {
            return GEOMETRY.createPolygon();
        }
        BufferParameters parameters = new BufferParameters(4, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND, 5);
        Geometry metric = org.locationtech.jts.operation.buffer.BufferOp.bufferOp(
                GEOMETRY.createMultiLineString(lines.toArray(new LineString[0])), lateralOffsetMeters, parameters);
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                Coordinate[] out = new Coordinate[coords.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new Coordinate(originLon + coords.getX(i) / plane.metersPerDegreeLon(),
                            originLat + coords.getY(i) / plane.metersPerDegreeLat());
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(metric);
    }
}
