package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.geo.LocalPlane;
import org.lifecircle.model.EntrancePoint;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Gives compounds the gates of a gate file: each point within {@code maxOffsetMeters} of an area's
 * outline becomes an entrance of the area whose outline is nearest; an area that gets any is then
 * reached only through them (its mapped OSM entrances give way: the file is the planner's word), as
 * {@link AccessPointSampler} does with entrances. Distances are measured in a tangent plane at the
 * gate ({@link LocalPlane}): over a few metres its error is far below a millimetre.
 */
public final class GateMatcher {

    /** Default reach of a gate from an outline: a gate point surveyed or geocoded a little off the wall. */
    public static final double DEFAULT_MAX_OFFSET_METERS = 10;

    private final List<ResidentialArea> areas;
    private final List<EntrancePoint> gates;
    private double maxOffsetMeters = DEFAULT_MAX_OFFSET_METERS;

    public GateMatcher(List<ResidentialArea> areas, List<EntrancePoint> gates) {
        this.areas = areas;
        this.gates = gates;
    }

    public GateMatcher maxOffsetMeters(double meters) {
        this.maxOffsetMeters = meters;
        return this;
    }

    public GateMatch run() {
        STRtree index = new STRtree();
        for (int a = 0; a < areas.size(); a++) {
            index.insert(areas.get(a).polygon().getEnvelopeInternal(), a);
        }
        List<List<Coordinate>> byArea = new ArrayList<>();
        areas.forEach(area -> byArea.add(new ArrayList<>()));
        List<EntrancePoint> unmatched = new ArrayList<>();
        for (EntrancePoint gate : gates) {
            int area = nearestArea(index, gate.lonLat());
            if (area < 0) {
                unmatched.add(gate);
            } else {
                byArea.get(area).add(gate.lonLat());
            }
        }
        List<ResidentialArea> gated = new ArrayList<>(areas.size());
        int compounds = 0;
        for (int a = 0; a < areas.size(); a++) {
            ResidentialArea area = areas.get(a);
            List<Coordinate> entrances = byArea.get(a);
            compounds += entrances.isEmpty() ? 0 : 1;
            gated.add(entrances.isEmpty() ? area : new ResidentialArea(area.sourceId(), area.name(), area.kind(),
                    area.polygon(), area.population(), entrances, area.floorAreaSquareMeters(), area.ages()));
        }
        return new GateMatch(gated, gates.size() - unmatched.size(), compounds, unmatched);
    }

    /** The area whose outline is nearest the gate within the offset, or -1. */
    private int nearestArea(STRtree index, Coordinate gate) {
        LocalPlane plane = new LocalPlane(gate.y);
        double dLon = maxOffsetMeters / plane.metersPerDegreeLon();
        double dLat = maxOffsetMeters / plane.metersPerDegreeLat();
        Envelope around = new Envelope(gate.x - dLon, gate.x + dLon, gate.y - dLat, gate.y + dLat);
        int best = -1;
        double bestMeters = maxOffsetMeters;
        for (Object hit : index.query(around)) {
            int a = (Integer) hit;
            double meters = outlineMeters(areas.get(a).polygon(), gate, plane);
            if (meters <= bestMeters && (best < 0 || meters < bestMeters || a < best)) {
                best = a;
                bestMeters = meters;
            }
        }
        return best;
    }

    /** Metres from the gate to the nearest point of the area's rings (outer and inner). */
    static double outlineMeters(Geometry polygon, Coordinate gate, LocalPlane plane) {
        Coordinate[] ring = polygon.getBoundary().getCoordinates();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < ring.length; i++) {
            best = Math.min(best, segmentMeters(ring[i], ring[i + 1], gate, plane));
        }
        return best;
    }

    private static double segmentMeters(Coordinate a, Coordinate b, Coordinate gate, LocalPlane plane) {
        double ax = plane.eastMeters(a.x - gate.x);
        double ay = plane.northMeters(a.y - gate.y);
        double bx = plane.eastMeters(b.x - gate.x);
        double by = plane.northMeters(b.y - gate.y);
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }
}
