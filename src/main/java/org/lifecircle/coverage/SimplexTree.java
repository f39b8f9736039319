package org.lifecircle.coverage;

import java.util.Arrays;

/** The children of each node of the simplex tree as doubly linked sibling lists. */
final class SimplexTree {

    private final int[] firstChild;
    private final int[] nextSibling;
    private final int[] previousSibling;

    SimplexTree(int nodes) {
        firstChild = new int[nodes];
        nextSibling = new int[nodes];
        previousSibling = new int[nodes];
        Arrays.fill(firstChild, -1);
    }

    void attach(int child, int parent) {
        int head = firstChild[parent];
        nextSibling[child] = head;
        previousSibling[child] = -1;
        if (head >= 0) {
            previousSibling[head] = child;
        }
        firstChild[parent] = child;
    }

    void detach(int child, int parent) {
        int before = previousSibling[child];
        int after = nextSibling[child];
        if (before >= 0) {
            nextSibling[before] = after;
        } else {
            firstChild[parent] = after;
        }
        if (after >= 0) {
            previousSibling[after] = before;
        }
    }

    int first(int node) {
        return firstChild[node];
    }

    int next(int child) {
        return nextSibling[child];
    }
}
