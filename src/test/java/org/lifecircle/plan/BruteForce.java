package org.lifecircle.plan;

/** The maximal covering optimum by trying every set of at most K candidates (small instances only). */
final class BruteForce {

    private BruteForce() {
    }

    static double optimum(CoveringInstance instance, int k) {
        int n = instance.candidateCount();
        if (n > 20) {
            throw new IllegalArgumentException("brute force over " + n + " candidates");
        }
        double best = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) <= k) {
                int[] chosen = new int[Integer.bitCount(mask)];
                for (int c = 0, i = 0; c < n; c++) {
                    if ((mask & 1 << c) != 0) {
                        chosen[i++] = c;
                    }
                }
                best = Math.max(best, instance.value(chosen));
            }
        }
        return best;
    }
}
