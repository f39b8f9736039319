package org.lifecircle.catchment;

import java.util.Arrays;
import org.lifecircle.network.WalkingGraph;

/** The edges a search reached at least in part: those at a reached node, and those a source sits on. */
final class ReachedEdges {

    private ReachedEdges() {
    }

    /** Each reached edge once, in increasing order. */
    static int[] of(SearchResult search) {
        WalkingGraph graph = search.graph();
        IntList edges = new IntList(1024);
        for (int node = 0; node < graph.nodeCount(); node++) {
            if (search.isReached(node)) {
                for (int p = graph.adjacencyStart(node); p < graph.adjacencyEnd(node); p++) {
                    edges.add(graph.adjacentEdge(p));
                }
            }
        }
        for (int s = 0; s < search.sourceCount(); s++) {
            edges.add(search.source(s).edge());
        }
        int[] sorted = edges.toArray();
        Arrays.sort(sorted);
        int n = 0;
        for (int edge : sorted) {
            if (n == 0 || sorted[n - 1] != edge) {
                sorted[n++] = edge;
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
