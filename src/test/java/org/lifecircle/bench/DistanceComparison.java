package org.lifecircle.bench;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.catchment.SearchResult;

/**
 * Node-by-node comparison of the engine's distances with a reference's: the largest difference
 * where both reached a node, and every node reached by only one of them. A node reached by only
 * one is tolerated when its distance is within {@link #LIMIT_EPSILON_METERS} of the limit: the
 * two sides sum the same lengths, but a last-bit difference in a sum that lands on the limit
 * decides whether the node is in or out, and that is not a disagreement about distance.
 */
public final class DistanceComparison {

    public static final double LIMIT_EPSILON_METERS = 1e-6;
    private static final int LISTED_VIOLATIONS = 10;

    private final double toleranceMeters;
    private int reachedByBoth;
    private int toleratedAtLimit;
    private int violationCount;
    private double maxAbsDiffMeters;
    private final List<String> violations = new ArrayList<>();

    private DistanceComparison(double toleranceMeters) {
        this.toleranceMeters = toleranceMeters;
    }

    public static DistanceComparison compare(SearchResult engine, double[] reference, double toleranceMeters) {
        DistanceComparison comparison = new DistanceComparison(toleranceMeters);
        double limit = engine.maxWalkMeters();
        for (int node = 0; node < reference.length; node++) {
            comparison.add(node, engine.distanceMeters(node), reference[node], limit);
        }
        return comparison;
    }

    private void add(int node, double engine, double reference, double limit) {
        boolean engineReached = engine <= limit;
        boolean referenceReached = reference <= limit;
        if (engineReached && referenceReached) {
            reachedByBoth++;
            double diff = Math.abs(engine - reference);
            maxAbsDiffMeters = Math.max(maxAbsDiffMeters, diff);
            if (diff > toleranceMeters) {
                violation(node, engine, reference);
            }
        } else if (engineReached || referenceReached) {
            double reached = engineReached ? engine : reference;
            if (reached >= limit - LIMIT_EPSILON_METERS) {
                toleratedAtLimit++;
            } else {
                violation(node, engine, reference);
            }
        }
    }

    private void violation(int node, double engine, double reference) {
        violationCount++;
        if (violations.size() < LISTED_VIOLATIONS) {
            violations.add("node " + node + ": engine " + engine + " m, reference " + reference + " m");
        }
    }

    public boolean agrees() {
        return violationCount == 0;
    }

    public int reachedByBoth() {
        return reachedByBoth;
    }

    public double maxAbsDiffMeters() {
        return maxAbsDiffMeters;
    }

    public String summary() {
        return reachedByBoth + " nodes reached by both, max |diff| " + maxAbsDiffMeters + " m, "
                + toleratedAtLimit + " reached by one side only at the limit (tolerated), "
                + violationCount + " violations (tolerance " + toleranceMeters + " m)"
                + (violations.isEmpty() ? "" : ": " + String.join("; ", violations));
    }
}
