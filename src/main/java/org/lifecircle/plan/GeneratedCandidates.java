package org.lifecircle.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.lifecircle.coverage.AreaAccess;
import org.lifecircle.geo.LocalPlane;
import org.lifecircle.network.Snap;

/**
 * Candidate sites when none are given: the walkable points where uncovered areas join the network
 * (their access points' projections onto the walking ways), thinned to one per square of
 * {@link #spacingMeters(double)} metres (the first in area order). Such a point is on a way and
 * next to residents who lack the service, which is where a planner looks first; thinning keeps
 * the instance small without losing places (a site 100 m away reaches nearly the same areas at
 * a 300-1,000 m threshold). Built, configured, run once.
 */
public final class GeneratedCandidates {

    public static final double DEFAULT_SPACING_METERS = 100;

    private final AreaAccess access;
    private final boolean[] wanted;
    private final List<String> areaLabels;
    private double spacingMeters = DEFAULT_SPACING_METERS;

    /**
     * @param wanted per area, whether sites near it are wanted (uncovered, with demand)
     * @param areaLabels per area, how it is named in a site's source
     */
    public GeneratedCandidates(AreaAccess access, boolean[] wanted, List<String> areaLabels) {
        this.access = access;
        this.wanted = wanted.clone();
        this.areaLabels = List.copyOf(areaLabels);
    }

    public GeneratedCandidates spacingMeters(double meters) {
        if (!(meters > 0) || Double.isInfinite(meters)) {
            throw new IllegalArgumentException("candidate spacing must be a positive number of metres, got " + meters);
        }
        this.spacingMeters = meters;
        return this;
    }

    public List<CandidateSite> run() {
        List<CandidateSite> sites = new ArrayList<>();
        LocalPlane plane = null;
        Set<Long> taken = new HashSet<>();
        for (int a = 0; a < wanted.length; a++) {
            if (!wanted[a]) {
                continue;
            }
            for (Snap point : access.of(a)) {
                plane = plane != null ? plane : new LocalPlane(point.lat());
                long cellX = (long) Math.floor(plane.eastMeters(point.lon()) / spacingMeters);
                long cellY = (long) Math.floor(plane.northMeters(point.lat()) / spacingMeters);
                if (taken.add((cellX + Integer.MAX_VALUE) << 32 | (cellY + Integer.MAX_VALUE))) {
                    sites.add(new CandidateSite("g" + (sites.size() + 1), "", point.lon(), point.lat(),
                            OptionalInt.empty(), "generated near area " + areaLabels.get(a)));
                }
            }
        }
        return sites;
    }
}
