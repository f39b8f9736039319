package org.lifecircle.catchment;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.lifecircle.network.Snap;

/** Source indices grouped by the edge they sit on, for the few queries that look inside an edge. */
final class SourcesByEdge {

    private final long[] edgeThenSource;

    SourcesByEdge(List<Snap> sources) {
        edgeThenSource = new long[sources.size()];
        for (int s = 0; s < sources.size(); s++) {
            edgeThenSource[s] = (long) sources.get(s).edge() << 32 | s;
        }
        Arrays.sort(edgeThenSource);
    }

    /** Calls the action with the index of every source on the edge. */
    void forEachOn(int edge, IntConsumer action) {
        int i = Arrays.binarySearch(edgeThenSource, (long) edge << 32);
        for (int k = i >= 0 ? i : -i - 1; k < edgeThenSource.length && (int) (edgeThenSource[k] >>> 32) == edge; k++) {
            action.accept((int) edgeThenSource[k]);
        }
    }
}
