package org.lifecircle.plan;

import java.util.Arrays;

/**
 * A proven upper bound of the maximal covering objective: the Lagrangian relaxation of "an element
 * counts only when a chosen candidate covers it", minimised by subgradient steps. Built, run once.
 *
 * <p>With a multiplier 0 &lt;= u_e &lt;= w_e per element, L(u) = sum_e (w_e - u_e) + the sum of the K
 * largest candidate prices sum_{e in c} u_e is at least the weight any K candidates cover (each
 * covered element pays w_e either way, an uncovered one u_e &gt;= 0 more than nothing), for every u:
 * so the smallest L met is a bound whatever the steps do. Its minimum equals the LP relaxation's
 * optimum (the relaxed problem has integral solutions), and each step costs one pass over the pairs,
 * which is why it won over solving the LP: no matrix, no native library, and a bound at every step.
 * Steps follow Held, Wolfe and Crowder: t = mu (L - best objective) / |g|^2, mu halved after 20 steps
 * without a better bound.
 */
final class LagrangianBound {

    private final CoveringInstance instance;
    private final int count;
    private final double lowerBound;
    private int maxSteps = 300;

    /**
     * @param lowerBound the objective of a known choice (the step size aims at it)
     */
    LagrangianBound(CoveringInstance instance, int count, double lowerBound) {
        this.instance = instance;
        this.count = Math.min(count, instance.candidateCount());
        this.lowerBound = lowerBound;
    }

    LagrangianBound maxSteps(int steps) {
        this.maxSteps = steps;
        return this;
    }

    /** The smallest L(u) met; never below the lower bound given. */
    double run() {
        int n = instance.elementCount();
        double[] u = new double[n];
        for (int e = 0; e < n; e++) {
            u[e] = instance.weight(e);
        }
        double[] price = new double[instance.candidateCount()];
        int[] top = new int[count];
        int[] chosenCover = new int[n];
        double best = Double.POSITIVE_INFINITY;
        double mu = 2;
        int sinceBetter = 0;
        for (int step = 0; step < maxSteps; step++) {
            double value = evaluate(u, price, top);
            if (step == 0 || value < best - 1e-12 * Math.max(1, best)) {
                best = value;
                sinceBetter = 0;
            } else if (++sinceBetter >= 20) {
                mu /= 2;
                sinceBetter = 0;
            }
            if (best - lowerBound <= 1e-9 * Math.max(1, best) || mu < 1e-6) {
                break;
            }
            stepTowards(u, top, chosenCover, mu * (value - lowerBound));
        }
        return Math.max(best, lowerBound);
    }

    /** L(u), leaving each candidate's price and the K best candidates in {@code top}. */
    private double evaluate(double[] u, double[] price, int[] top) {
        double value = 0;
        for (int e = 0; e < u.length; e++) {
            value += instance.weight(e) - u[e];
        }
        for (int c = 0; c < price.length; c++) {
            double sum = 0;
            for (int p = instance.firstPairOf(c), end = instance.endPairOf(c); p < end; p++) {
                sum += u[instance.element(p)];
            }
            price[c] = sum;
        }
        Integer[] order = new Integer[price.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Double.compare(price[b], price[a]));
        for (int k = 0; k < top.length; k++) {
            top[k] = order[k];
            value += price[order[k]];
        }
        return value;
    }

    /**
     * The subgradient g_e = (times the top candidates cover e) - 1, projected: a component that would
     * push u_e past 0 or w_e is left out; u moves against it, kept within 0..w_e.
     */
    private void stepTowards(double[] u, int[] top, int[] cover, double aim) {
        Arrays.fill(cover, 0);
        for (int c : top) {
            for (int p = instance.firstPairOf(c), end = instance.endPairOf(c); p < end; p++) {
                cover[instance.element(p)]++;
            }
        }
        double norm = 0;
        for (int e = 0; e < u.length; e++) {
            double g = projected(cover[e] - 1, u[e], instance.weight(e));
            norm += g * g;
        }
        if (norm == 0) {
            return;
        }
        double t = aim / norm;
        for (int e = 0; e < u.length; e++) {
            double g = projected(cover[e] - 1, u[e], instance.weight(e));
            u[e] = Math.min(instance.weight(e), Math.max(0, u[e] - t * g));
        }
    }

    private static double projected(double g, double u, double w) {
        return g < 0 && u >= w || g > 0 && u <= 0 ? 0 : g;
    }
}
