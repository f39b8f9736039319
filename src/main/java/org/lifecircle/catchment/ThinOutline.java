package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The pieces of a {@link PieceGraph} drawn as a thin polygon: every piece widened by
 * {@link #HALF_WIDTH_METERS} to each side, built by walking round the faces of the planar graph
 * (which {@link PlanarNetwork} makes planar: pieces meet only at their ends).
 *
 * <p>Why: buffering thousands of separate lines is slow in JTS (every line gets two offset curves
 * and round caps, and all of them overlap at every junction), while buffering a polygon is fast
 * (only the outside of each ring is offset, and holes too small to survive are skipped). Since
 * buffering is associative, buffer(lines, r) = buffer(buffer(lines, w), r - w), and the thin
 * polygon buffer(lines, w) can be drawn directly: walking each face with the face on the left (at
 * every node turn to the next piece clockwise), offsetting by w to the left, gives one ring per
 * face. Per connected part of the graph, the walk round the outside is the shell and the walks
 * round the bounded faces are the holes. Joins are mitred on the face side (bevelled when the
 * mitre would reach past the shorter piece) and bevelled on the other, so the ring is within w of
 * the exact offset.
 */
final class ThinOutline {

    /** Half the width of the thin polygon, w. */
    static final double HALF_WIDTH_METERS = 0.001;

    private final PieceGraph pieces;
    private final int[] outStart;
    private final int[] outgoing;
    private final int[] position;

    ThinOutline(PieceGraph pieces) {
        this.pieces = pieces;
        int halfEdges = 2 * pieces.pieceCount();
        this.outStart = new int[pieces.nodeCount() + 1];
        this.outgoing = new int[halfEdges];
        this.position = new int[halfEdges];
        sortAroundNodes(halfEdges);
    }

    /**
     * The thin polygon's rings: per connected part of the graph its shell (the walk round the
     * outside), and the holes (walks round bounded faces) with the part each belongs to.
     *
     * @param shells one polygon (shell only) per connected part, indexed by part
     * @param holes the bounded faces, as polygons, that are wide enough to matter
     * @param holePart the part each hole belongs to
     * @param partPoints a node of each part
     */
    record Rings(List<Polygon> shells, List<Polygon> holes, int[] holePart, Coordinate[] partPoints) {
    }

    /**
     * The rings of the thin polygon.
     *
     * @param minHoleMeters faces whose bounding box is narrower than this are left out (the buffer
     *     that follows fills them anyway)
     */
    Rings rings(GeometryFactory factory, double minHoleMeters) {
        int[] component = components();
        int parts = 0;
        for (int c : component) {
            parts = Math.max(parts, c + 1);
        }
        List<FaceRing> faces = walkFaces();
        FaceRing[] outer = new FaceRing[parts];
        for (FaceRing ring : faces) {
            int c = component[ring.node()];
            if (outer[c] == null || ring.plainArea() < outer[c].plainArea()) {
                outer[c] = ring;
            }
        }
        List<Polygon> shells = new ArrayList<>(parts);
        Coordinate[] points = new Coordinate[parts];
        for (int c = 0; c < parts; c++) {
            shells.add(factory.createPolygon(outer[c].points()));
            points[c] = new Coordinate(pieces.nodeX(outer[c].node()), pieces.nodeY(outer[c].node()));
        }
        List<Polygon> holes = new ArrayList<>();
        IntList holePart = new IntList(16);
        for (FaceRing ring : faces) {
            int c = component[ring.node()];
            if (ring != outer[c] && ring.plainArea() > 0 && ring.minWidth() >= minHoleMeters) {
                holes.add(factory.createPolygon(ring.points()));
                holePart.add(c);
            }
        }
        return new Rings(shells, holes, holePart.toArray(), points);
    }

    /** One walk round a face: its offset ring, the plain (unoffset) signed area, a node on it. */
    private record FaceRing(Coordinate[] points, double plainArea, double minWidth, int node) {
    }

    /** Orders each node's outgoing half-edges counter-clockwise by the direction they leave in. */
    private void sortAroundNodes(int halfEdges) {
        for (int h = 0; h < halfEdges; h++) {
            outStart[origin(h) + 1]++;
        }
        for (int n = 0; n < pieces.nodeCount(); n++) {
            outStart[n + 1] += outStart[n];
        }
        int[] fill = outStart.clone();
        double[] angle = new double[halfEdges];
        for (int h = 0; h < halfEdges; h++) {
            outgoing[fill[origin(h)]++] = h;
            angle[h] = Math.atan2(pointY(h, 1) - pointY(h, 0), pointX(h, 1) - pointX(h, 0));
        }
        for (int n = 0; n < pieces.nodeCount(); n++) {
            sortByAngle(outStart[n], outStart[n + 1], angle);
            for (int i = outStart[n]; i < outStart[n + 1]; i++) {
                position[outgoing[i]] = i - outStart[n];
            }
        }
    }

    /** Insertion sort: nodes have a handful of pieces. */
    private void sortByAngle(int from, int to, double[] angle) {
        for (int i = from + 1; i < to; i++) {
            int h = outgoing[i];
            int j = i - 1;
            while (j >= from && angle[outgoing[j]] > angle[h]) {
                outgoing[j + 1] = outgoing[j];
                j--;
            }
            outgoing[j + 1] = h;
        }
    }

    /** The half-edge that follows h round the face on its left: at h's end, the next one clockwise. */
    private int next(int h) {
        int twin = h ^ 1;
        int node = origin(twin);
        int degree = outStart[node + 1] - outStart[node];
        return outgoing[outStart[node] + (position[twin] + degree - 1) % degree];
    }

    private List<FaceRing> walkFaces() {
        boolean[] visited = new boolean[outgoing.length];
        List<FaceRing> rings = new ArrayList<>();
        RingBuilder ring = new RingBuilder();
        for (int start = 0; start < outgoing.length; start++) {
            if (visited[start]) {
                continue;
            }
            ring.clear();
            int h = start;
            do {
                visited[h] = true;
                int following = next(h);
                addHalfEdge(h, following, ring);
                h = following;
            } while (h != start);
            rings.add(new FaceRing(ring.closedPoints(), ring.plainArea(), ring.minWidth(), origin(start)));
        }
        return rings;
    }

    /** Joins at h's interior points and at its end node (turning into {@code following}). */
    private void addHalfEdge(int h, int following, RingBuilder ring) {
        int count = pointCount(h);
        for (int i = 1; i < count; i++) {
            ring.addPlain(pointX(h, i - 1), pointY(h, i - 1));
            double nextX = i + 1 < count ? pointX(h, i + 1) : pointX(following, 1);
            double nextY = i + 1 < count ? pointY(h, i + 1) : pointY(following, 1);
            join(pointX(h, i - 1), pointY(h, i - 1), pointX(h, i), pointY(h, i), nextX, nextY, ring);
        }
    }

    /** The offset vertex (or two, bevelled) where segment a-b turns into b-c, w to the left. */
    private static void join(double ax, double ay, double bx, double by, double cx, double cy, RingBuilder ring) {
        double d1x = bx - ax;
        double d1y = by - ay;
        double d2x = cx - bx;
        double d2y = cy - by;
        double len1 = Math.hypot(d1x, d1y);
        double len2 = Math.hypot(d2x, d2y);
        double n1x = -d1y / len1;
        double n1y = d1x / len1;
        double n2x = -d2y / len2;
        double n2y = d2x / len2;
        double dot = n1x * n2x + n1y * n2y;
        double w = HALF_WIDTH_METERS;
        if (dot > 1 - 1e-12) {
            ring.add(bx + w * n1x, by + w * n1y);
            return;
        }
        if (d1x * d2y - d1y * d2x > 0) {
            double mx = (n1x + n2x) / (1 + dot) * w;
            double my = (n1y + n2y) / (1 + dot) * w;
            if (Math.hypot(mx, my) <= Math.min(len1, len2)) {
                ring.add(bx + mx, by + my);
                return;
            }
        }
        ring.add(bx + w * n1x, by + w * n1y);
        ring.add(bx + w * n2x, by + w * n2y);
    }

    /** Labels each node with its connected part (union-find over the pieces). */
    private int[] components() {
        int[] parent = new int[pieces.nodeCount()];
        for (int n = 0; n < parent.length; n++) {
            parent[n] = n;
        }
        for (int p = 0; p < pieces.pieceCount(); p++) {
            int a = root(parent, pieces.pieceFrom(p));
            int b = root(parent, pieces.pieceTo(p));
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        int[] label = new int[parent.length];
        int count = 0;
        for (int n = 0; n < parent.length; n++) {
            int r = root(parent, n);
            label[n] = r == n ? count++ : label[r];
        }
        return label;
    }

    private static int root(int[] parent, int node) {
        int r = node;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    private int origin(int h) {
        return (h & 1) == 0 ? pieces.pieceFrom(h >> 1) : pieces.pieceTo(h >> 1);
    }

    private int pointCount(int h) {
        return pieces.endPoint(h >> 1) - pieces.firstPoint(h >> 1);
    }

    /** Point i of the half-edge, counted from its origin. */
    private int point(int h, int i) {
        int piece = h >> 1;
        return (h & 1) == 0 ? pieces.firstPoint(piece) + i : pieces.endPoint(piece) - 1 - i;
    }

    private double pointX(int h, int i) {
        return pieces.x(point(h, i));
    }

    private double pointY(int h, int i) {
        return pieces.y(point(h, i));
    }
}
