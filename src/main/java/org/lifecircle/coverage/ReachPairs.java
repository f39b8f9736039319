package org.lifecircle.coverage;

import java.util.Arrays;

/**
 * Every (facility, area) pair within a walking limit and its distance, sorted by facility, then
 * area: what {@link FacilityReach} found, the arcs that {@link TwoStepFloatingCatchment} and
 * {@link ServedDemand} work on. Columns are primitive arrays (a city has hundreds of thousands of
 * pairs); read them by pair index.
 *
 * <p>An area's distance to a facility is the walk from the area's best access point: the access
 * point's straight leg to the network, the network path, and the facility's own leg
 * (as {@code CoverageAnalysis} measures coverage).
 */
public final class ReachPairs {

    private final int facilityCount;
    private final int areaCount;
    private final double maxWalkMeters;
    private final int[] facility;
    private final int[] area;
    private final double[] distanceMeters;
    /** Pairs of facility f are positions facilityStart[f] .. facilityStart[f + 1] - 1. */
    private final int[] facilityStart;

    ReachPairs(int facilityCount, int areaCount, double maxWalkMeters, int[] facility, int[] area,
               double[] distanceMeters) {
        if (facility.length != area.length || area.length != distanceMeters.length) {
            throw new IllegalArgumentException("pair columns of different lengths");
        }
        this.facilityCount = facilityCount;
        this.areaCount = areaCount;
        this.maxWalkMeters = maxWalkMeters;
        this.facility = facility;
        this.area = area;
        this.distanceMeters = distanceMeters;
        this.facilityStart = startsOf(facility, facilityCount);
    }

    /**
     * Pairs given by hand (tests, other sources of distances): checked, then sorted by facility
     * and area.
     */
    public static ReachPairs of(int facilityCount, int areaCount, double maxWalkMeters, int[] facility, int[] area,
                                double[] distanceMeters) {
        Integer[] order = new Integer[facility.length];
        for (int i = 0; i < order.length; i++) {
            checkPair(facility[i], area[i], distanceMeters[i], facilityCount, areaCount, maxWalkMeters);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> facility[a] != facility[b] ? Integer.compare(facility[a], facility[b])
                : Integer.compare(area[a], area[b]));
        int[] f = new int[order.length];
        int[] a = new int[order.length];
        double[] d = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            f[i] = facility[order[i]];
            a[i] = area[order[i]];
            d[i] = distanceMeters[order[i]];
            if (i > 0 && f[i] == f[i - 1] && a[i] == a[i - 1]) {
                throw new IllegalArgumentException("pair facility " + f[i] + ", area " + a[i] + " given twice");
            }
        }
        return new ReachPairs(facilityCount, areaCount, maxWalkMeters, f, a, d);
    }

    private static void checkPair(int f, int a, double meters, int facilities, int areas, double maxWalkMeters) {
        if (f < 0 || f >= facilities || a < 0 || a >= areas) {
            throw new IllegalArgumentException("pair facility " + f + ", area " + a + " outside " + facilities
                    + " facilities and " + areas + " areas");
        }
        if (!(meters >= 0 && meters <= maxWalkMeters)) {
            throw new IllegalArgumentException("pair distance " + meters + " m outside 0.." + maxWalkMeters + " m");
        }
    }

    private static int[] startsOf(int[] facility, int facilityCount) {
        int[] start = new int[facilityCount + 1];
        for (int i = 0; i < facility.length; i++) {
            if (i > 0 && facility[i] < facility[i - 1]) {
                throw new IllegalArgumentException("pairs not sorted by facility");
            }
            start[facility[i] + 1]++;
        }
        for (int f = 0; f < facilityCount; f++) {
            start[f + 1] += start[f];
        }
        return start;
    }

    /** Number of pairs. */
    public int size() {
        return facility.length;
    }

    public int facilityCount() {
        return facilityCount;
    }

    public int areaCount() {
        return areaCount;
    }

    /** The limit the pairs were found within (every distance is at most this). */
    public double maxWalkMeters() {
        return maxWalkMeters;
    }

    public int facility(int pair) {
        return facility[pair];
    }

    public int area(int pair) {
        return area[pair];
    }

    public double distanceMeters(int pair) {
        return distanceMeters[pair];
    }

    /** Index of the facility's first pair; its pairs end before {@link #endPairOf(int)}. */
    public int firstPairOf(int facility) {
        return facilityStart[facility];
    }

    /** One past the facility's last pair. */
    public int endPairOf(int facility) {
        return facilityStart[facility + 1];
    }
}
