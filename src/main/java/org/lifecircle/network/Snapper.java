package org.lifecircle.network;

import java.util.Optional;
import java.util.function.IntPredicate;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.geo.LocalPlane;

/**
 * Joins arbitrary points to the nearest walkable edge within a maximum snap distance. Points
 * beyond it get no snap; callers report them (they are never dropped silently).
 */
public final class Snapper {

    /** Default limit: farther than this from any walkable way, a point is a data problem. */
    public static final double DEFAULT_MAX_SNAP_METERS = 300;
    /**
     * The farthest snap anyone may ask for: twice the longest threshold of the shipped profiles
     * (1,000 m). Farther from every walkable way is a wrong coordinate system or a missing network,
     * and the search rings grow with the square of the distance.
     */
    public static final double MAX_SNAP_METERS = 2_000;

    private final WalkingGraph graph;
    private final EdgeIndex index;
    private final LocalPlane plane;
    private final double maxSnapMeters;

    public Snapper(WalkingGraph graph, double maxSnapMeters) {
        if (!(maxSnapMeters > 0)) {
            throw new IllegalArgumentException("max snap distance must be positive, got " + maxSnapMeters);
        }
        this.graph = graph;
        this.index = graph.edgeIndex();
        this.plane = index.plane();
        this.maxSnapMeters = maxSnapMeters;
    }

    public double maxSnapMeters() {
        return maxSnapMeters;
    }

    /** The projection onto the nearest edge, if one lies within the maximum snap distance. */
    public Optional<Snap> findSnap(double lon, double lat) {
        return findSnap(lon, lat, edge -> true);
    }

    /** As {@link #findSnap(double, double)}, among the edges the filter lets through only. */
    public Optional<Snap> findSnap(double lon, double lat, IntPredicate edgeAllowed) {
        Nearest nearest = new Nearest(plane.eastMeters(lon), plane.northMeters(lat));
        int column = index.column(lon);
        int row = index.row(lat);
        int maxRing = index.ringsFor(maxSnapMeters) + 1;
        for (int ring = 0; ring <= maxRing; ring++) {
            index.forEachEdgeInRing(column, row, ring, e -> {
                if (edgeAllowed.test(e)) {
                    nearest.consider(e);
                }
            });
            if (nearest.edge >= 0 && nearest.distanceMeters <= ring * index.cellMeters()) {
                break;
            }
        }
        if (nearest.edge < 0 || nearest.distanceMeters > maxSnapMeters) {
            return Optional.empty();
        }
        return Optional.of(nearest.toSnap());
    }

    /** The running best candidate for one query. */
    private final class Nearest {
        private final double east;
        private final double north;
        private int edge = -1;
        private int segment;
        private double fraction;
        private double distanceMeters = Double.MAX_VALUE;

        Nearest(double east, double north) {
            this.east = east;
            this.north = north;
        }

        void consider(int e) {
            double[] lonLat = graph.edgeLonLat(e);
            for (int i = 0; 2 * i + 3 < lonLat.length; i++) {
                double ax = plane.eastMeters(lonLat[2 * i]) - east;
                double ay = plane.northMeters(lonLat[2 * i + 1]) - north;
                double dx = plane.eastMeters(lonLat[2 * i + 2]) - east - ax;
                double dy = plane.northMeters(lonLat[2 * i + 3]) - north - ay;
                double squared = dx * dx + dy * dy;
                double t = squared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / squared));
                double d = Math.hypot(ax + t * dx, ay + t * dy);
                // Ties go to the lower edge id so that a point on a junction snaps deterministically.
                if (d < distanceMeters || (d == distanceMeters && e < edge)) {
                    distanceMeters = d;
                    edge = e;
                    segment = i;
                    fraction = t;
                }
            }
        }

        Snap toSnap() {
            double[] lonLat = graph.edgeLonLat(edge);
            double before = 0;
            double total = 0;
            double segmentLength = 0;
            for (int i = 0; 2 * i + 3 < lonLat.length; i++) {
                double len = Geodesy.distanceMeters(lonLat[2 * i], lonLat[2 * i + 1], lonLat[2 * i + 2], lonLat[2 * i + 3]);
                if (i < segment) {
                    before += len;
                } else if (i == segment) {
                    segmentLength = len;
                }
                total += len;
            }
            double length = graph.edgeLengthMeters(edge);
            double offset = total == 0 ? 0 : Math.min(length, (before + fraction * segmentLength) * length / total);
            double pLon = lerp(lonLat[2 * segment], lonLat[2 * segment + 2]);
            double pLat = lerp(lonLat[2 * segment + 1], lonLat[2 * segment + 3]);
            return new Snap(edge, offset, length, distanceMeters, pLon, pLat);
        }

        private double lerp(double a, double b) {
            return a + fraction * (b - a);
        }
    }
}
