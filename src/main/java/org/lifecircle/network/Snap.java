package org.lifecircle.network;

/**
 * A point joined to the walking graph: its projection onto an edge, splitting the edge into two
 * partial lengths measured along the edge's geometry.
 *
 * @param edge the edge the point projects onto
 * @param offsetMeters walking length from the edge's from-node to the projection
 * @param edgeLengthMeters the edge's whole length, so that the rest is to the to-node
 * @param snapDistanceMeters straight-line distance from the point to its projection
 * @param lon longitude of the projection
 * @param lat latitude of the projection
 */
public record Snap(int edge, double offsetMeters, double edgeLengthMeters, double snapDistanceMeters,
                   double lon, double lat) {

    public Snap {
        if (!(offsetMeters >= 0 && offsetMeters <= edgeLengthMeters)) {
            throw new IllegalArgumentException("offset " + offsetMeters + " outside edge of " + edgeLengthMeters + " m");
        }
        if (!(snapDistanceMeters >= 0) || Double.isInfinite(snapDistanceMeters)) {
            // a search counting it would start below zero, before its first distance bucket
            throw new IllegalArgumentException("snap distance must be a finite number of metres >= 0, got "
                    + snapDistanceMeters);
        }
    }

    /** Walking length from the projection to the edge's to-node. */
    public double remainingMeters() {
        return edgeLengthMeters - offsetMeters;
    }

    /** A source or target exactly at the from-node of an edge. */
    public static Snap atNode(WalkingGraph graph, int node) {
        int edge = graph.adjacentEdge(graph.adjacencyStart(node));
        double length = graph.edgeLengthMeters(edge);
        double offset = graph.edgeFrom(edge) == node ? 0 : length;
        return new Snap(edge, offset, length, 0, graph.nodeLon(node), graph.nodeLat(node));
    }
}
