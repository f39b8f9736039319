package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Where residents leave an area: its mapped entrances when there are any (a gated compound is
 * reached only through its gates); otherwise points along its outline every
 * {@code spacingMeters} and its interior point, to be projected onto the network.
 */
public final class AccessPointSampler {

    /** Default spacing of outline samples; a compound's side is rarely shorter. */
    public static final double DEFAULT_SPACING_METERS = 50;
    private static final int MAX_OUTLINE_POINTS = 64;

    private final double spacingMeters;

    public AccessPointSampler(double spacingMeters) {
        this.spacingMeters = spacingMeters;
    }

    public List<Coordinate> accessPoints(ResidentialArea area) {
        if (!area.entrances().isEmpty()) {
            return area.entrances();
        }
        List<Coordinate> points = new ArrayList<>();
        Geometry polygon = area.polygon();
        for (int i = 0; i < polygon.getNumGeometries(); i++) {
            if (polygon.getGeometryN(i) instanceof Polygon part) {
                sampleRing(part.getExteriorRing().getCoordinates(), points);
            }
        }
        points = thin(points);
        points.add(new InteriorPointArea(polygon).getInteriorPoint());
        return points;
    }

    private void sampleRing(Coordinate[] ring, List<Coordinate> out) {
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            out.add(a);
            double length = Geodesy.distanceMeters(a.x, a.y, b.x, b.y);
            int extra = (int) Math.floor(length / spacingMeters);
            for (int k = 1; k <= extra; k++) {
                double t = k * spacingMeters / length;
                if (t < 1) {
                    out.add(new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
                }
            }
        }
    }

    /** Keeps at most MAX_OUTLINE_POINTS, evenly spread along the outline. */
    private static List<Coordinate> thin(List<Coordinate> points) {
        if (points.size() <= MAX_OUTLINE_POINTS) {
            return points;
        }
        List<Coordinate> kept = new ArrayList<>(MAX_OUTLINE_POINTS + 1);
        for (int k = 0; k < MAX_OUTLINE_POINTS; k++) {
            kept.add(points.get((int) ((long) k * points.size() / MAX_OUTLINE_POINTS)));
        }
        return kept;
    }
}
