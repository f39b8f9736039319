package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The reached pieces of one catchment as a planar graph in the metric plane: polylines whose
 * ends are nodes, a node being any point where pieces end (identified by its exact coordinates:
 * {@link PlanarNetwork} gives a shared junction, crossing or source position the same bits every
 * time). Nearly repeated points are merged, pieces without length are left out, and a piece
 * that repeats another one's line exactly (two OSM ways drawn on the same nodes) is kept once.
 */
final class PieceGraph {

    /** Shortest segment kept, in metres: shorter steps are measurement noise, not direction. */
    static final double MIN_STEP_METERS = 1e-6;

    private final Map<PointKey, Integer> nodeIds = new HashMap<>();
    private final DoubleList nodeXy = new DoubleList(256);
    private final DoubleList coords = new DoubleList(1024);
    private final IntList pieceStart = new IntList(256);
    private final IntList pieceFrom = new IntList(128);
    private final IntList pieceTo = new IntList(128);
    /** Pieces with the same pair of end nodes, chained: first piece by pair, next piece by piece. */
    private final Map<Long, Integer> firstWithEnds = new HashMap<>();
    private final IntList nextWithEnds = new IntList(128);
    private int currentStart = -1;

    private record PointKey(double x, double y) {
    }

    PieceGraph() {
        pieceStart.add(0);
    }

    /** Begins a polyline at a point. */
    void startPiece(double x, double y) {
        currentStart = coords.size();
        coords.add(x);
        coords.add(y);
    }

    /**
     * Extends the current polyline. A point within {@link #MIN_STEP_METERS} of the previous one
     * replaces it (or is skipped when the previous one starts the piece), so that no segment is
     * too short to have a direction and a piece still ends exactly on its end node.
     */
    void lineTo(double x, double y) {
        int n = coords.size();
        if (Math.abs(coords.get(n - 2) - x) + Math.abs(coords.get(n - 1) - y) >= MIN_STEP_METERS) {
            coords.add(x);
            coords.add(y);
        } else if (n - 2 > currentStart) {
            coords.truncate(n - 2);
            coords.add(x);
            coords.add(y);
        }
    }

    /** Ends the current polyline; it is kept unless it has no length or repeats a kept one. */
    void endPiece() {
        int points = (coords.size() - currentStart) / 2;
        if (points < 2) {
            coords.truncate(currentStart);
            return;
        }
        int from = node(coords.get(currentStart), coords.get(currentStart + 1));
        int to = node(coords.get(coords.size() - 2), coords.get(coords.size() - 1));
        long ends = (long) Math.min(from, to) << 32 | Math.max(from, to);
        Integer first = firstWithEnds.get(ends);
        for (int p = first == null ? -1 : first; p >= 0; p = nextWithEnds.get(p)) {
            if (sameLine(p, currentStart, points)) {
                coords.truncate(currentStart);
                return;
            }
        }
        int piece = pieceCount();
        pieceFrom.add(from);
        pieceTo.add(to);
        pieceStart.add(coords.size() / 2);
        nextWithEnds.add(first == null ? -1 : first);
        firstWithEnds.put(ends, piece);
    }

    /** Adds a straight piece (a facility's walk to the network). */
    void addSegment(double x1, double y1, double x2, double y2) {
        startPiece(x1, y1);
        lineTo(x2, y2);
        endPiece();
    }

    int pieceCount() {
        return pieceFrom.size();
    }

    int nodeCount() {
        return nodeXy.size() / 2;
    }

    boolean isEmpty() {
        return pieceCount() == 0;
    }

    int pieceFrom(int piece) {
        return pieceFrom.get(piece);
    }

    int pieceTo(int piece) {
        return pieceTo.get(piece);
    }

    /** Index of the piece's first point (points are numbered over all pieces). */
    int firstPoint(int piece) {
        return pieceStart.get(piece);
    }

    /** One past the index of the piece's last point. */
    int endPoint(int piece) {
        return pieceStart.get(piece + 1);
    }

    double x(int point) {
        return coords.get(2 * point);
    }

    double y(int point) {
        return coords.get(2 * point + 1);
    }

    double nodeX(int node) {
        return nodeXy.get(2 * node);
    }

    double nodeY(int node) {
        return nodeXy.get(2 * node + 1);
    }

    /** The pieces as JTS lines (for the buffer strategies that work on lines). */
    Geometry toLines(GeometryFactory factory) {
        List<LineString> lines = new ArrayList<>(pieceCount());
        for (int p = 0; p < pieceCount(); p++) {
            Coordinate[] points = new Coordinate[endPoint(p) - firstPoint(p)];
            for (int i = 0; i < points.length; i++) {
                points[i] = new Coordinate(x(firstPoint(p) + i), y(firstPoint(p) + i));
            }
            lines.add(factory.createLineString(points));
        }
        return factory.createMultiLineString(lines.toArray(LineString[]::new));
    }

    private int node(double x, double y) {
        return nodeIds.computeIfAbsent(new PointKey(x, y), key -> {
            nodeXy.add(x);
            nodeXy.add(y);
            return nodeXy.size() / 2 - 1;
        });
    }

    /** True when kept piece p has exactly the points of the pending piece, in either direction. */
    private boolean sameLine(int piece, int pendingStart, int points) {
        int first = firstPoint(piece);
        if (endPoint(piece) - first != points) {
            return false;
        }
        int pending = pendingStart / 2;
        boolean forward = true;
        boolean backward = true;
        for (int i = 0; i < points && (forward || backward); i++) {
            forward &= x(first + i) == x(pending + i) && y(first + i) == y(pending + i);
            int j = pending + points - 1 - i;
            backward &= x(first + i) == x(j) && y(first + i) == y(j);
        }
        return forward || backward;
    }

}
