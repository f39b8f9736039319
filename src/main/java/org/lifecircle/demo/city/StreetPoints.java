package org.lifecircle.demo.city;

import java.util.Arrays;

/**
 * The points where cells' paths meet one street line, as primitive pairs (position along the
 * line in plan metres, node id), sorted by position once all are in.
 */
final class StreetPoints {

    private double[] along = new double[16];
    private long[] ids = new long[16];
    private int size;
    private int next;

    void add(double alongMeters, long id) {
        if (size == along.length) {
            along = Arrays.copyOf(along, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        along[size] = alongMeters;
        ids[size++] = id;
    }

    void sort() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(along[a], along[b]));
        double[] sortedAlong = new double[size];
        long[] sortedIds = new long[size];
        for (int i = 0; i < size; i++) {
            sortedAlong[i] = along[order[i]];
            sortedIds[i] = ids[order[i]];
        }
        along = sortedAlong;
        ids = sortedIds;
    }

    /** Whether a next point lies before {@code endMeters} (the points are taken in order). */
    boolean hasBefore(double endMeters) {
        return next < size && along[next] < endMeters;
    }

    /** The next point; one before {@code startMeters} would lie on a missing street, a plan error. */
    long take(double startMeters, String line) {
        if (along[next] <= startMeters) {
            throw new IllegalStateException("plan error: a path meets a missing street on " + line + " at "
                    + along[next] + " m");
        }
        return ids[next++];
    }

    /** Points not taken by any street segment (a plan error if not zero). */
    int untaken() {
        return size - next;
    }
}
