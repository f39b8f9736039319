package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.network.WalkingGraph;

/**
 * Splits an edge between the sources nearest to each of its points: walking distance to a point
 * at offset x is the least of (distance of the from-node + x), (distance of the to-node +
 * length - x) and, for a source on the edge, (its start + |x - its offset|). These are straight
 * lines of slope +1 or -1, so the nearest source changes only where two of them meet, at a
 * source's offset, or where one reaches the limit; between those points it is constant.
 */
final class NearestPieces {

    /** A part of an edge, in graph metres from its from-node, and the source nearest to it. */
    record Piece(int source, double startMeters, double endMeters) {
    }

    /** A distance line c + slope * x, valid on [from, to]. */
    private record Line(int source, double slope, double c, double from, double to) {
        double at(double x) {
            return c + slope * x;
        }
    }

    private NearestPieces() {
    }

    /** The edge's pieces within the limit, each with its nearest source, in order along the edge. */
    static List<Piece> of(SearchResult search, int edge, double limitMeters) {
        WalkingGraph graph = search.graph();
        double length = graph.edgeLengthMeters(edge);
        List<Line> lines = lines(search, edge, length);
        double[] breaks = breakpoints(lines, length, limitMeters);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < breaks.length; i++) {
            double mid = (breaks[i] + breaks[i + 1]) / 2;
            int best = -1;
            double bestMeters = Double.POSITIVE_INFINITY;
            for (Line line : lines) {
                if (mid >= line.from() && mid <= line.to() && line.at(mid) < bestMeters) {
                    best = line.source();
                    bestMeters = line.at(mid);
                }
            }
            if (best >= 0 && bestMeters <= limitMeters) {
                append(pieces, new Piece(best, breaks[i], breaks[i + 1]));
            }
        }
        return pieces;
    }

    private static List<Line> lines(SearchResult search, int edge, double length) {
        WalkingGraph graph = search.graph();
        List<Line> lines = new ArrayList<>(4);
        int from = graph.edgeFrom(edge);
        int to = graph.edgeTo(edge);
        if (search.isReached(from)) {
            lines.add(new Line(search.nearestSource(from), 1, search.distanceMeters(from), 0, length));
        }
        if (search.isReached(to)) {
            lines.add(new Line(search.nearestSource(to), -1, search.distanceMeters(to) + length, 0, length));
        }
        search.forEachSourceOn(edge, s -> {
            double offset = search.source(s).offsetMeters();
            double start = search.sourceStartMeters(s);
            lines.add(new Line(s, -1, start + offset, 0, offset));
            lines.add(new Line(s, 1, start - offset, offset, length));
        });
        return lines;
    }

    /** 0, the length, every source offset, limit crossing and meeting point inside, sorted and distinct. */
    private static double[] breakpoints(List<Line> lines, double length, double limitMeters) {
        DoubleList points = new DoubleList(16);
        points.add(0);
        points.add(length);
        for (Line a : lines) {
            points.add(a.from());
            points.add(a.to());
            points.add((limitMeters - a.c()) / a.slope());
            for (Line b : lines) {
                if (a.slope() > 0 && b.slope() < 0) {
                    points.add((b.c() - a.c()) / 2);
                }
            }
        }
        double[] sorted = points.toArray();
        Arrays.sort(sorted);
        DoubleList inside = new DoubleList(sorted.length);
        for (double x : sorted) {
            if (x >= 0 && x <= length && (inside.size() == 0 || x > inside.get(inside.size() - 1))) {
                inside.add(x);
            }
        }
        return inside.toArray();
    }

    private static void append(List<Piece> pieces, Piece piece) {
        Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        if (last != null && last.source() == piece.source() && last.endMeters() == piece.startMeters()) {
            pieces.set(pieces.size() - 1, new Piece(last.source(), last.startMeters(), piece.endMeters()));
        } else {
            pieces.add(piece);
        }
    }
}
