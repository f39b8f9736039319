package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.geo.TransverseMercator;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;

/**
 * The walking graph drawn as a planar set of straight segments in a metric plane (a transverse
 * Mercator centred on the graph): what catchment outlines are traced from.
 *
 * <p>OSM geometry is not planar: bridges cross streets without a shared node, ways end on other
 * ways, two ways are drawn along the same line, a path doubles back on itself. Every edge polyline
 * is therefore snap-rounded once to a {@value #GRID_METERS} m grid (JTS {@link SnapRoundingNoder}),
 * which splits segments wherever they cross, touch or pass within half a grid cell of a vertex,
 * and segments drawn twice become one. Afterwards two segments meet only at shared vertices, and
 * a vertex is at least half a cell from any segment it is not on. Each edge keeps the list of
 * segments it runs along, with their positions along it; a position in graph metres maps to the
 * drawn line proportionally.
 *
 * <p>Built once per graph (Heidelberg, 40,000 edges: about two seconds) and shared: immutable and
 * thread-safe.
 */
public final class PlanarNetwork {

    /** Grid of the snap rounding: 1 cm, far below mapping accuracy and far above the outline width. */
    public static final double GRID_METERS = 0.01;

    private final WalkingGraph graph;
    private final TransverseMercator plane;
    private final double[] vertexXy;
    /** Per segment its two vertices, the lower id first. */
    private final int[] segmentVertices;
    /** Per edge, its first entry in the arrays below. */
    private final int[] edgeStart;
    /** Segment id, or its bitwise complement when the edge runs from the higher vertex to the lower. */
    private final int[] edgeSegment;
    /**
     * Drawn length from the edge's start to the start of each entry's segment, and one more value
     * per edge for its end: edge e's values sit at [edgeStart[e] + e, edgeStart[e + 1] + e].
     */
    private final double[] edgeAlong;
    private final FaceCores faceCores = new FaceCores();

    private PlanarNetwork(WalkingGraph graph, TransverseMercator plane, Builder built) {
        this.graph = graph;
        this.plane = plane;
        this.vertexXy = built.vertexXy.toArray();
        this.segmentVertices = built.segmentVertices.toArray();
        this.edgeStart = built.edgeStart.toArray();
        this.edgeSegment = built.edgeSegment.toArray();
        this.edgeAlong = built.edgeAlong.toArray();
    }

    /** Projects every edge, snap-rounds them together and keeps the distinct segments. */
    public static PlanarNetwork of(WalkingGraph graph) {
        TransverseMercator plane = TransverseMercator.centredOn(graph.edgeIndex().bounds());
        List<NodedSegmentString> drawn = new ArrayList<>(graph.edgeCount());
        double[] point = new double[2];
        for (int e = 0; e < graph.edgeCount(); e++) {
            double[] lonLat = graph.edgeLonLat(e);
            Coordinate[] coordinates = new Coordinate[lonLat.length / 2];
            for (int i = 0; i < coordinates.length; i++) {
                plane.forward(lonLat[2 * i], lonLat[2 * i + 1], point);
                coordinates[i] = new Coordinate(point[0], point[1]);
            }
            drawn.add(new NodedSegmentString(coordinates, e));
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(new PrecisionModel(1 / GRID_METERS));
        noder.computeNodes(drawn);
        Builder builder = new Builder(graph.edgeCount());
        builder.add(noder.getNodedSubstrings());
        return new PlanarNetwork(graph, plane, builder);
    }

    public WalkingGraph graph() {
        return graph;
    }

    public TransverseMercator plane() {
        return plane;
    }

    /** Number of distinct segments in the drawing. */
    public int segmentCount() {
        return segmentVertices.length / 2;
    }

    int entryStart(int edge) {
        return edgeStart[edge];
    }

    int entryEnd(int edge) {
        return edgeStart[edge + 1];
    }

    /** The segment of an entry. */
    int segment(int entry) {
        int s = edgeSegment[entry];
        return s >= 0 ? s : ~s;
    }

    /** True when the edge runs along the entry's segment from its lower vertex to its higher one. */
    boolean forward(int entry) {
        return edgeSegment[entry] >= 0;
    }

    /** Drawn length from the edge's start to where the entry's segment begins. */
    double along(int edge, int entry) {
        return edgeAlong[entry + edge];
    }

    /** Drawn length from the edge's start to where the entry's segment ends. */
    double alongEnd(int edge, int entry) {
        return edgeAlong[entry + edge + 1];
    }

    /** Graph metres along an edge to drawn metres (proportional; they differ by parts per million). */
    double toAlong(int edge, double meters) {
        double drawn = edgeAlong[edgeStart[edge + 1] + edge];
        double length = graph.edgeLengthMeters(edge);
        return length <= 0 ? 0 : meters / length * drawn;
    }

    int segmentFrom(int segment) {
        return segmentVertices[2 * segment];
    }

    int segmentTo(int segment) {
        return segmentVertices[2 * segment + 1];
    }

    double vertexX(int vertex) {
        return vertexXy[2 * vertex];
    }

    double vertexY(int vertex) {
        return vertexXy[2 * vertex + 1];
    }

    /** The point at a fraction of a segment from its lower vertex; 0 and 1 give the vertices exactly. */
    void pointOn(int segment, double fraction, double[] point) {
        int a = segmentFrom(segment);
        int b = segmentTo(segment);
        if (fraction <= 0 || fraction >= 1) {
            int v = fraction <= 0 ? a : b;
            point[0] = vertexX(v);
            point[1] = vertexY(v);
            return;
        }
        point[0] = vertexX(a) + fraction * (vertexX(b) - vertexX(a));
        point[1] = vertexY(a) + fraction * (vertexY(b) - vertexY(a));
    }

    /** The cores of faces met so far, shared by every catchment on this network. */
    FaceCores faceCores() {
        return faceCores;
    }

    /** Projects a WGS84 point into the plane. */
    void project(double lon, double lat, double[] point) {
        plane.forward(lon, lat, point);
    }

    /** Collects the distinct vertices and segments of the snap-rounded substrings, edge by edge. */
    private static final class Builder {
        private final Map<Long, Integer> vertexIds = new HashMap<>();
        private final Map<Long, Integer> segmentIds = new HashMap<>();
        private final DoubleList vertexXy = new DoubleList(1 << 16);
        private final IntList segmentVertices = new IntList(1 << 16);
        private final IntList edgeStart;
        private final IntList edgeSegment = new IntList(1 << 16);
        private final DoubleList edgeAlong = new DoubleList(1 << 16);
        private final int edgeCount;

        Builder(int edgeCount) {
            this.edgeCount = edgeCount;
            this.edgeStart = new IntList(edgeCount + 1);
        }

        /** The substrings come edge by edge, each edge's in order from its from-node. */
        void add(Collection<?> substrings) {
            int edge = 0;
            double along = 0;
            edgeStart.add(0);
            for (Object item : substrings) {
                SegmentString string = (SegmentString) item;
                int owner = (Integer) string.getData();
                while (edge < owner) {
                    edgeAlong.add(along);
                    edgeStart.add(edgeSegment.size());
                    edge++;
                    along = 0;
                }
                along = addSegments(string.getCoordinates(), along);
            }
            while (edge < edgeCount) {
                edgeAlong.add(along);
                edgeStart.add(edgeSegment.size());
                edge++;
                along = 0;
            }
        }

        private double addSegments(Coordinate[] coordinates, double along) {
            double walked = along;
            for (int i = 0; i + 1 < coordinates.length; i++) {
                int a = vertex(coordinates[i]);
                int b = vertex(coordinates[i + 1]);
                if (a == b) {
                    continue;
                }
                edgeAlong.add(walked);
                edgeSegment.add(a < b ? segment(a, b) : ~segment(b, a));
                walked += coordinates[i].distance(coordinates[i + 1]);
            }
            return walked;
        }

        private int vertex(Coordinate c) {
            long key = Math.round(c.x / GRID_METERS) << 32 ^ (Math.round(c.y / GRID_METERS) & 0xffffffffL);
            return vertexIds.computeIfAbsent(key, k -> {
                vertexXy.add(c.x);
                vertexXy.add(c.y);
                return vertexXy.size() / 2 - 1;
            });
        }

        private int segment(int low, int high) {
            return segmentIds.computeIfAbsent((long) low << 32 | high, k -> {
                segmentVertices.add(low);
                segmentVertices.add(high);
                return segmentVertices.size() / 2 - 1;
            });
        }
    }
}
