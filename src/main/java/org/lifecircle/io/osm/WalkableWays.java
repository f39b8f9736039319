package org.lifecircle.io.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The walkable ways of a file, with their node references in one flat array. */
final class WalkableWays {

    private final List<String> highway = new ArrayList<>();
    private long[] osmId = new long[1024];
    private int[] refStart = new int[1025];
    private long[] refs = new long[1 << 14];
    private int count;

    /** Adds a way; repeated consecutive references (zero-length segments) are dropped. */
    void add(long id, String highwayValue, long[] nodeIds) {
        if (count + 1 == osmId.length) {
            osmId = Arrays.copyOf(osmId, osmId.length * 2);
            refStart = Arrays.copyOf(refStart, refStart.length * 2);
        }
        int start = refStart[count];
        while (start + nodeIds.length > refs.length) {
            refs = Arrays.copyOf(refs, refs.length * 2);
        }
        int end = start;
        for (int i = 0; i < nodeIds.length; i++) {
            if (i == 0 || nodeIds[i] != nodeIds[i - 1]) {
                refs[end++] = nodeIds[i];
            }
        }
        osmId[count] = id;
        highway.add(highwayValue);
        refStart[++count] = end;
    }

    int wayCount() {
        return count;
    }

    long osmId(int way) {
        return osmId[way];
    }

    String highway(int way) {
        return highway.get(way);
    }

    int refCount(int way) {
        return refStart[way + 1] - refStart[way];
    }

    long ref(int way, int i) {
        return refs[refStart[way] + i];
    }
}
