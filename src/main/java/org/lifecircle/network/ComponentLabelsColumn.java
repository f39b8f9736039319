package org.lifecircle.network;

import java.util.Arrays;

/**
 * Component of every node, stored sparsely: nodes of the largest component (0), nearly all of
 * them in a city network, take no space; the others are listed with their label.
 */
final class ComponentLabelsColumn {

    private final int[] otherNodes;
    private final int[] otherLabels;

    /** @param labels component per node; must be ascending node order */
    ComponentLabelsColumn(int[] labels) {
        int others = 0;
        for (int label : labels) {
            others += label != 0 ? 1 : 0;
        }
        otherNodes = new int[others];
        otherLabels = new int[others];
        for (int n = 0, k = 0; n < labels.length; n++) {
            if (labels[n] != 0) {
                otherNodes[k] = n;
                otherLabels[k++] = labels[n];
            }
        }
    }

    int of(int node) {
        int i = Arrays.binarySearch(otherNodes, node);
        return i >= 0 ? otherLabels[i] : 0;
    }

    long memoryBytes() {
        return 4L * (otherNodes.length + otherLabels.length);
    }
}
