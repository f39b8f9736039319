package org.lifecircle.plan;

import java.util.PriorityQueue;

/**
 * A good choice of at most K candidates, fast: greedy (each step the candidate that adds the most
 * weight, gains recomputed lazily since they only shrink), then 1-opt interchange (replace one
 * chosen candidate by the best unchosen one while that adds weight). Built, run once.
 *
 * <p>Greedy alone is within 1 - 1/e of the optimum (the objective is submodular) and in practice
 * within a few per cent; the interchange closes much of the rest, and the Lagrangian bound says how
 * much can be left ({@code MaximalCoveringHeidelbergTest} checks it against CP-SAT). A pass of the interchange
 * costs K times the pairs: for every chosen candidate it removes it and prices every candidate once.
 */
final class GreedySwap {

    /** An improvement must exceed this share of the total weight, so rounding cannot loop. */
    private static final double RELATIVE_EPSILON = 1e-12;

    private final CoveringInstance instance;
    private final int count;
    private int maxPasses = 50;
    private final int[] coverCount;
    private final double epsilon;

    GreedySwap(CoveringInstance instance, int count) {
        this.instance = instance;
        this.count = Math.min(count, instance.candidateCount());
        this.coverCount = new int[instance.elementCount()];
        double total = 0;
        for (int e = 0; e < instance.elementCount(); e++) {
            total += instance.weight(e);
        }
        this.epsilon = Math.max(total, 1) * RELATIVE_EPSILON;
    }

    /** Interchange passes at most (default 50); each pass that changes nothing ends the search. */
    GreedySwap maxPasses(int passes) {
        this.maxPasses = passes;
        return this;
    }

    /** The chosen candidates (no order promised). */
    int[] run() {
        int[] chosen = greedy();
        boolean[] isChosen = new boolean[instance.candidateCount()];
        for (int c : chosen) {
            isChosen[c] = true;
        }
        for (int pass = 0; pass < maxPasses && improve(chosen, isChosen); pass++) {
            // each pass replaced at least one candidate
        }
        return chosen;
    }

    private int[] greedy() {
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : Double.compare(a[1], b[1]));
        for (int c = 0; c < instance.candidateCount(); c++) {
            queue.add(new double[] {gain(c), c});
        }
        int[] chosen = new int[count];
        for (int k = 0; k < count; k++) {
            while (true) {
                double[] top = queue.poll();
                int c = (int) top[1];
                double fresh = gain(c);
                if (queue.isEmpty() || fresh >= queue.peek()[0]) {
                    chosen[k] = c;
                    add(c, 1);
                    break;
                }
                queue.add(new double[] {fresh, c});
            }
        }
        return chosen;
    }

    /** One pass over the chosen: each replaced by the best candidate when that adds weight. */
    private boolean improve(int[] chosen, boolean[] isChosen) {
        boolean changed = false;
        for (int i = 0; i < chosen.length; i++) {
            int out = chosen[i];
            add(out, -1);
            double kept = gain(out);
            int best = out;
            double bestGain = kept;
            for (int c = 0; c < instance.candidateCount(); c++) {
                if (!isChosen[c]) {
                    double g = gain(c);
                    if (g > bestGain + epsilon) {
                        best = c;
                        bestGain = g;
                    }
                }
            }
            add(best, 1);
            if (best != out) {
                isChosen[out] = false;
                isChosen[best] = true;
                chosen[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    /** The weight the candidate adds to the current choice. */
    private double gain(int candidate) {
        double gain = 0;
        for (int p = instance.firstPairOf(candidate), end = instance.endPairOf(candidate); p < end; p++) {
            int e = instance.element(p);
            if (coverCount[e] == 0) {
                gain += instance.weight(e);
            }
        }
        return gain;
    }

    private void add(int candidate, int delta) {
        for (int p = instance.firstPairOf(candidate), end = instance.endPairOf(candidate); p < end; p++) {
            coverCount[instance.element(p)] += delta;
        }
    }
}
