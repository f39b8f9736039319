package org.lifecircle.network;

import java.util.Arrays;

/**
 * Connected components of the builder's nodes (union-find over edges), ranked by size: component
 * 0 is the largest. Components under the minimum size are marked dropped (label -1).
 */
final class ComponentLabels {

    private final int[] label;
    private final int[] keptSizes;
    private final int droppedComponents;
    private final int largestNodes;

    private ComponentLabels(int[] label, int[] keptSizes, int droppedComponents, int largestNodes) {
        this.label = label;
        this.keptSizes = keptSizes;
        this.droppedComponents = droppedComponents;
        this.largestNodes = largestNodes;
    }

    static ComponentLabels of(int nodeCount, GrowableInts from, GrowableInts to, int minNodes) {
        int[] parent = new int[nodeCount];
        for (int n = 0; n < nodeCount; n++) {
            parent[n] = n;
        }
        for (int e = 0; e < from.size(); e++) {
            int a = root(parent, from.get(e));
            int b = root(parent, to.get(e));
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] size = new int[nodeCount];
        for (int n = 0; n < nodeCount; n++) {
            parent[n] = root(parent, n);
            size[parent[n]]++;
        }
        return rank(parent, size, minNodes);
    }

    /** Labels roots by decreasing size (ties by root id, so the labelling is deterministic). */
    private static ComponentLabels rank(int[] root, int[] size, int minNodes) {
        int roots = 0;
        for (int n = 0; n < root.length; n++) {
            if (root[n] == n) {
                roots++;
            }
        }
        long[] keyed = new long[roots];
        int k = 0;
        for (int n = 0; n < root.length; n++) {
            if (root[n] == n) {
                keyed[k++] = (long) (Integer.MAX_VALUE - size[n]) << 32 | n;
            }
        }
        Arrays.sort(keyed);
        int[] rootLabel = new int[root.length];
        Arrays.fill(rootLabel, -1);
        int kept = 0;
        while (kept < roots && size[(int) keyed[kept]] >= minNodes) {
            rootLabel[(int) keyed[kept]] = kept;
            kept++;
        }
        int[] keptSizes = new int[kept];
        for (int c = 0; c < kept; c++) {
            keptSizes[c] = size[(int) keyed[c]];
        }
        int[] label = new int[root.length];
        for (int n = 0; n < root.length; n++) {
            label[n] = rootLabel[root[n]];
        }
        int largest = roots == 0 ? 0 : size[(int) keyed[0]];
        return new ComponentLabels(label, keptSizes, roots - kept, largest);
    }

    private static int root(int[] parent, int n) {
        while (parent[n] != n) {
            parent[n] = parent[parent[n]];
            n = parent[n];
        }
        return n;
    }

    boolean isKept(int node) {
        return label[node] >= 0;
    }

    int componentOf(int node) {
        return label[node];
    }

    int keptComponentCount() {
        return keptSizes.length;
    }

    int[] keptComponentSizes() {
        return keptSizes;
    }

    int keptNodeCount() {
        int total = 0;
        for (int s : keptSizes) {
            total += s;
        }
        return total;
    }

    int droppedComponentCount() {
        return droppedComponents;
    }

    int largestComponentNodes() {
        return largestNodes;
    }
}
