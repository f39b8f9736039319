package org.lifecircle.coverage;

/**
 * The free arcs of a starting flow (flow strictly between 0 and the capacity) as adjacency lists
 * per node, checked to be a forest: they must all be basic, so {@link NetworkSimplex} can start
 * from the flow only when they hold no cycle. Each tree of the forest is then hung from the root
 * by one artificial arc.
 */
final class SimplexForest {

    /** Free arcs at node v: {@code incident[start[v]] .. incident[start[v + 1] - 1]}. */
    private final int[] start;
    private final int[] incident;

    private SimplexForest(int[] start, int[] incident) {
        this.start = start;
        this.incident = incident;
    }

    /**
     * @throws IllegalArgumentException when the free arcs close a cycle (the flow is no basic
     *         solution; the caller's start is wrong)
     */
    static SimplexForest of(SimplexArcs arcs, int nodes) {
        int[] start = new int[nodes + 2];
        int[] component = new int[nodes];
        for (int v = 0; v < nodes; v++) {
            component[v] = v;
        }
        for (int e = 0; e < arcs.size(); e++) {
            if (isFree(arcs, e)) {
                int a = find(component, arcs.source(e));
                int b = find(component, arcs.target(e));
                if (a == b) {
                    throw new IllegalArgumentException("the starting flow's free arcs close a cycle at arc " + e);
                }
                component[a] = b;
                start[arcs.source(e) + 2]++;
                start[arcs.target(e) + 2]++;
            }
        }
        for (int v = 2; v < start.length; v++) {
            start[v] += start[v - 1];
        }
        int[] incident = new int[start[nodes + 1]];
        for (int e = 0; e < arcs.size(); e++) {
            if (isFree(arcs, e)) {
                incident[start[arcs.source(e) + 1]++] = e;
                incident[start[arcs.target(e) + 1]++] = e;
            }
        }
        return new SimplexForest(start, incident);
    }

    static boolean isFree(SimplexArcs arcs, int e) {
        return arcs.flow(e) > 0 && arcs.flow(e) < arcs.capacity(e);
    }

    private static int find(int[] component, int v) {
        while (component[v] != v) {
            component[v] = component[component[v]];
            v = component[v];
        }
        return v;
    }

    int first(int node) {
        return start[node];
    }

    int end(int node) {
        return start[node + 1];
    }

    int arc(int k) {
        return incident[k];
    }
}
