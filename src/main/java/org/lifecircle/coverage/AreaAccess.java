package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Coordinate;

/**
 * The snapped access points of every area: computed once per dataset and graph, reused by every
 * analysis and what-if scenario on them (snapping is most of an analysis' time on small cities).
 */
public final class AreaAccess {

    private final List<List<Snap>> snaps;
    private final List<Unsnapped> unsnapped;
    private final double maxSnapMeters;

    private AreaAccess(List<List<Snap>> snaps, List<Unsnapped> unsnapped, double maxSnapMeters) {
        this.snaps = snaps;
        this.unsnapped = unsnapped;
        this.maxSnapMeters = maxSnapMeters;
    }

    /** Samples and snaps every area's access points. */
    public static AreaAccess of(WalkingGraph graph, List<ResidentialArea> areas, double maxSnapMeters,
                                double spacingMeters) {
        Snapper snapper = new Snapper(graph, maxSnapMeters);
        AccessPointSampler sampler = new AccessPointSampler(spacingMeters);
        List<List<Snap>> snaps = new ArrayList<>(areas.size());
        List<Unsnapped> unsnapped = new ArrayList<>();
        for (ResidentialArea area : areas) {
            List<Snap> points = new ArrayList<>();
            IntPredicate outside = area.entrances().isEmpty() ? e -> true : new EdgesOutside(graph, area.polygon());
            for (Coordinate point : sampler.accessPoints(area)) {
                snapper.findSnap(point.x, point.y, outside).or(() -> snapper.findSnap(point.x, point.y))
                        .ifPresent(points::add);
            }
            if (points.isEmpty()) {
                unsnapped.add(new Unsnapped("residential_area", area.sourceId(), area.name(),
                        "no access point within " + maxSnapMeters + " m of a walkable way"));
            }
            snaps.add(List.copyOf(points));
        }
        return new AreaAccess(List.copyOf(snaps), List.copyOf(unsnapped), maxSnapMeters);
    }

    /** Access points snapped elsewhere (tests): one list per area, none reported unsnapped. */
    static AreaAccess ofSnaps(List<List<Snap>> snaps, double maxSnapMeters) {
        List<List<Snap>> copies = new ArrayList<>(snaps.size());
        for (List<Snap> points : snaps) {
            copies.add(List.copyOf(points));
        }
        return new AreaAccess(List.copyOf(copies), List.of(), maxSnapMeters);
    }

    /** The snapped access points of an area; empty when none is near a walkable way. */
    public List<Snap> of(int area) {
        return snaps.get(area);
    }

    public int areaCount() {
        return snaps.size();
    }

    /** Areas none of whose access points could be snapped. */
    public List<Unsnapped> unsnapped() {
        return unsnapped;
    }

    public double maxSnapMeters() {
        return maxSnapMeters;
    }
}
