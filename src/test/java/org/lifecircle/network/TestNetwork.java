package org.lifecircle.network;

import java.util.HashMap;
import java.util.Map;
import org.lifecircle.geo.LocalPlane;

/**
 * Builds small walking graphs for tests from nodes placed in metres east/north of a fixed origin
 * (Tianjin, 117.2E 39.1N), so that expected lengths can be read off an ASCII drawing.
 */
public final class TestNetwork {

    public static final double ORIGIN_LON = 117.2;
    public static final double ORIGIN_LAT = 39.1;
    private static final LocalPlane PLANE = new LocalPlane(ORIGIN_LAT);

    private final WalkingGraphBuilder builder = new WalkingGraphBuilder().minComponentNodes(1);
    private final Map<String, Integer> builderNode = new HashMap<>();
    private final Map<String, Long> osmId = new HashMap<>();
    private int way;

    public TestNetwork minComponentNodes(int nodes) {
        builder.minComponentNodes(nodes);
        return this;
    }

    /** Adds a named node at x metres east and y metres north of the origin. */
    public TestNetwork node(String name, double xMeters, double yMeters) {
        long id = osmId.size() + 1;
        osmId.put(name, id);
        builderNode.put(name, builder.addNode(id, lon(xMeters), lat(yMeters)));
        return this;
    }

    /** Adds a straight footway between named nodes. */
    public TestNetwork edge(String from, String to) {
        int w = builder.addWay(++way, "footway");
        builder.addEdge(builderNode.get(from), builderNode.get(to), w);
        return this;
    }

    /** Adds a footway that bends through the given (x, y) metre points. */
    public TestNetwork edgeVia(String from, String to, double... xyMeters) {
        double[] lonLat = new double[xyMeters.length];
        for (int i = 0; i + 1 < xyMeters.length; i += 2) {
            lonLat[i] = lon(xyMeters[i]);
            lonLat[i + 1] = lat(xyMeters[i + 1]);
        }
        int w = builder.addWay(++way, "footway");
        builder.addEdge(builderNode.get(from), builderNode.get(to), w, lonLat);
        return this;
    }

    public Built build() {
        GraphBuildResult result = builder.build();
        return new Built(result.graph(), result.report(), osmId);
    }

    public static double lon(double xMeters) {
        return ORIGIN_LON + xMeters / PLANE.metersPerDegreeLon();
    }

    public static double lat(double yMeters) {
        return ORIGIN_LAT + yMeters / PLANE.metersPerDegreeLat();
    }

    /** A built test graph with lookup of final node ids by name. */
    public record Built(WalkingGraph graph, GraphBuildReport report, Map<String, Long> osmIds) {

        public int node(String name) {
            long id = osmIds.get(name);
            for (int n = 0; n < graph.nodeCount(); n++) {
                if (graph.nodeOsmId(n) == id) {
                    return n;
                }
            }
            throw new IllegalArgumentException("node " + name + " is not in the graph (dropped?)");
        }

        /** The edge between two named nodes. */
        public int edge(String from, String to) {
            int a = node(from);
            int b = node(to);
            for (int p = graph.adjacencyStart(a); p < graph.adjacencyEnd(a); p++) {
                int e = graph.adjacentEdge(p);
                if (graph.edgeOther(e, a) == b) {
                    return e;
                }
            }
            throw new IllegalArgumentException("no edge " + from + "-" + to);
        }

        public boolean contains(String name) {
            long id = osmIds.get(name);
            for (int n = 0; n < graph.nodeCount(); n++) {
                if (graph.nodeOsmId(n) == id) {
                    return true;
                }
            }
            return false;
        }
    }
}
