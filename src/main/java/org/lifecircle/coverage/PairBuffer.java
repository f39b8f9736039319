package org.lifecircle.coverage;

import java.util.Arrays;

/** Growing columns of (facility, area, distance) pairs, appended in order. */
final class PairBuffer {

    private int[] facility = new int[1024];
    private int[] area = new int[1024];
    private double[] distanceMeters = new double[1024];
    private int size;

    void add(int f, int a, double meters) {
        if (size == facility.length) {
            facility = Arrays.copyOf(facility, 2 * size);
            area = Arrays.copyOf(area, 2 * size);
            distanceMeters = Arrays.copyOf(distanceMeters, 2 * size);
        }
        facility[size] = f;
        area[size] = a;
        distanceMeters[size] = meters;
        size++;
    }

    /** Appends another buffer's pairs after this one's. */
    void addAll(PairBuffer other) {
        for (int i = 0; i < other.size; i++) {
            add(other.facility[i], other.area[i], other.distanceMeters[i]);
        }
    }

    ReachPairs toPairs(int facilityCount, int areaCount, double maxWalkMeters) {
        return new ReachPairs(facilityCount, areaCount, maxWalkMeters, Arrays.copyOf(facility, size),
                Arrays.copyOf(area, size), Arrays.copyOf(distanceMeters, size));
    }
}
