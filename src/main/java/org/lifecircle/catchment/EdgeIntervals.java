package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Union of closed intervals along an edge. */
final class EdgeIntervals {

    private EdgeIntervals() {
    }

    /** Sorted, disjoint union of the given [start, end] intervals. */
    static List<double[]> union(List<double[]> intervals) {
        intervals.sort(Comparator.comparingDouble(interval -> interval[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] interval : intervals) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval.clone());
            }
        }
        return merged;
    }
}
