package org.lifecircle.plan;

import java.util.Arrays;

/**
 * A maximal covering instance: demand elements with weights and, per candidate, the elements it
 * covers (each once, in increasing order). Columns are primitive arrays in compressed rows
 * (a city has hundreds of thousands of candidate-element pairs).
 */
public final class CoveringInstance {

    private final double[] weights;
    /** Elements of candidate c are element[start[c]] .. element[start[c + 1] - 1]. */
    private final int[] start;
    private final int[] element;

    private CoveringInstance(double[] weights, int[] start, int[] element) {
        this.weights = weights;
        this.start = start;
        this.element = element;
    }

    /**
     * @param weights the weight of each element (finite, at least 0)
     * @param covers for each candidate, the elements it covers (repeats are dropped)
     */
    public static CoveringInstance of(double[] weights, int[][] covers) {
        for (int e = 0; e < weights.length; e++) {
            if (!(weights[e] >= 0) || Double.isInfinite(weights[e])) {
                throw new IllegalArgumentException("element " + e + " weight " + weights[e] + " is not a number >= 0");
            }
        }
        int[] start = new int[covers.length + 1];
        int[][] sorted = new int[covers.length][];
        for (int c = 0; c < covers.length; c++) {
            sorted[c] = Arrays.stream(covers[c]).sorted().distinct().toArray();
            for (int e : sorted[c]) {
                if (e < 0 || e >= weights.length) {
                    throw new IllegalArgumentException("candidate " + c + " covers element " + e + " of " + weights.length);
                }
            }
            start[c + 1] = start[c] + sorted[c].length;
        }
        int[] element = new int[start[covers.length]];
        for (int c = 0; c < covers.length; c++) {
            System.arraycopy(sorted[c], 0, element, start[c], sorted[c].length);
        }
        return new CoveringInstance(weights.clone(), start, element);
    }

    public int candidateCount() {
        return start.length - 1;
    }

    public int elementCount() {
        return weights.length;
    }

    /** Candidate-element pairs. */
    public int pairCount() {
        return element.length;
    }

    public double weight(int element) {
        return weights[element];
    }

    public int firstPairOf(int candidate) {
        return start[candidate];
    }

    public int endPairOf(int candidate) {
        return start[candidate + 1];
    }

    public int element(int pair) {
        return element[pair];
    }

    /** The weight of the elements that at least one of the candidates covers. */
    public double value(int[] candidates) {
        boolean[] covered = new boolean[weights.length];
        double total = 0;
        for (int c : candidates) {
            for (int p = start[c]; p < start[c + 1]; p++) {
                if (!covered[element[p]]) {
                    covered[element[p]] = true;
                    total += weights[element[p]];
                }
            }
        }
        return total;
    }
}
