package org.lifecircle.io.osm;

import java.util.Arrays;

/**
 * The node references of every way read, stored as {@link NodeCoordinates} slots in one flat int
 * array (half the size of OSM ids), with -1 for nodes the file does not contain.
 *
 * <p>Why every way: multipolygon relations come after all ways, and their member ways are often
 * untagged or tagged as something else (a wall, a street, a neighbouring landuse), so which ways
 * will be needed is not known while the ways stream past.
 */
final class WayRefs {

    static final int MISSING = -1;

    private final LongIntMap index = new LongIntMap(-1);
    private int[] refStart = new int[1025];
    private int[] slots = new int[1 << 14];
    private int count;

    /** Remembers a way; nodes must have been read already (OSM files list nodes first). */
    int add(long wayId, long[] nodeIds, NodeCoordinates coordinates) {
        if (count + 1 == refStart.length) {
            refStart = Arrays.copyOf(refStart, refStart.length * 2);
        }
        int start = refStart[count];
        if (start + nodeIds.length > slots.length) {
            slots = Arrays.copyOf(slots, Math.max(slots.length * 2, start + nodeIds.length));
        }
        for (int i = 0; i < nodeIds.length; i++) {
            slots[start + i] = coordinates.slotOf(nodeIds[i]);
        }
        index.put(wayId, count);
        refStart[count + 1] = start + nodeIds.length;
        return count++;
    }

    /** Index of the way, or -1 when the file did not contain it. */
    int indexOf(long wayId) {
        return index.get(wayId);
    }

    int refCount(int way) {
        return refStart[way + 1] - refStart[way];
    }

    /** Coordinate slot of the i-th node of the way, or {@link #MISSING}. */
    int slot(int way, int i) {
        return slots[refStart[way] + i];
    }

    /** True when every node of the way is in the file. */
    boolean isComplete(int way) {
        for (int i = refStart[way]; i < refStart[way + 1]; i++) {
            if (slots[i] == MISSING) {
                return false;
            }
        }
        return true;
    }

    /** True when a complete way ends where it starts and has at least three other nodes. */
    boolean isClosedRing(int way) {
        int n = refCount(way);
        return n >= 4 && slot(way, 0) != MISSING && slot(way, 0) == slot(way, n - 1);
    }
}
