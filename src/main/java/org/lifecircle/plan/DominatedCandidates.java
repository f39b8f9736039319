package org.lifecircle.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidates an optimal choice never needs: one whose elements another candidate covers too
 * (a subset, or the same set with a higher index), or one that covers no weight. Replacing a
 * dominated candidate by its dominator never lowers the objective, so dropping them keeps the
 * optimum. Why: generated candidates 100 m apart often reach the same areas, and such symmetric
 * choices are what a branching solver wastes its time on; CP-SAT gets only the undominated ones.
 */
final class DominatedCandidates {

    private DominatedCandidates() {
    }

    /** Per candidate, whether it is worth keeping. */
    static boolean[] kept(CoveringInstance instance) {
        int n = instance.candidateCount();
        List<List<Integer>> coverers = new ArrayList<>();
        for (int e = 0; e < instance.elementCount(); e++) {
            coverers.add(new ArrayList<>());
        }
        for (int c = 0; c < n; c++) {
            for (int p = instance.firstPairOf(c); p < instance.endPairOf(c); p++) {
                if (instance.weight(instance.element(p)) > 0) {
                    coverers.get(instance.element(p)).add(c);
                }
            }
        }
        boolean[] kept = new boolean[n];
        for (int c = 0; c < n; c++) {
            kept[c] = rarest(instance, c, coverers) >= 0 && !dominated(instance, c, coverers.get(rarest(instance, c, coverers)));
        }
        return kept;
    }

    /** The weighted element of c that fewest candidates cover; -1 when c covers no weight. */
    private static int rarest(CoveringInstance instance, int c, List<List<Integer>> coverers) {
        int best = -1;
        for (int p = instance.firstPairOf(c); p < instance.endPairOf(c); p++) {
            int e = instance.element(p);
            if (instance.weight(e) > 0 && (best < 0 || coverers.get(e).size() < coverers.get(best).size())) {
                best = e;
            }
        }
        return best;
    }

    /** Whether a candidate covering c's rarest element covers all of c's weighted elements (ties: the lower index wins). */
    private static boolean dominated(CoveringInstance instance, int c, List<Integer> rivals) {
        int size = weightedSize(instance, c);
        for (int d : rivals) {
            if (d != c && contains(instance, d, c)) {
                int other = weightedSize(instance, d);
                if (other > size || d < c) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int weightedSize(CoveringInstance instance, int c) {
        int size = 0;
        for (int p = instance.firstPairOf(c); p < instance.endPairOf(c); p++) {
            size += instance.weight(instance.element(p)) > 0 ? 1 : 0;
        }
        return size;
    }

    /** Whether d covers every weighted element of c (both lists sorted). */
    private static boolean contains(CoveringInstance instance, int d, int c) {
        int q = instance.firstPairOf(d);
        int dEnd = instance.endPairOf(d);
        for (int p = instance.firstPairOf(c); p < instance.endPairOf(c); p++) {
            int e = instance.element(p);
            if (instance.weight(e) <= 0) {
                continue;
            }
            while (q < dEnd && instance.element(q) < e) {
                q++;
            }
            if (q == dEnd || instance.element(q) != e) {
                return false;
            }
        }
        return true;
    }
}
