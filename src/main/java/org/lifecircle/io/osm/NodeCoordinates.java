package org.lifecircle.io.osm;

import java.util.Arrays;
import org.lifecircle.geo.E7;

/** Coordinates of every node read, by OSM id, stored as E7 ints. */
final class NodeCoordinates {

    private final LongIntMap index = new LongIntMap(-1);
    private int[] lonE7 = new int[1 << 12];
    private int[] latE7 = new int[1 << 12];
    private int size;

    /**
     * Stores the node's coordinates unless the id was read before: the first occurrence of an id
     * counts (see {@link DuplicateNodes}).
     *
     * @return false when the id was already stored (nothing changes)
     */
    boolean putFirst(long osmId, double lon, double lat) {
        if (index.get(osmId) >= 0) {
            return false;
        }
        if (size == lonE7.length) {
            lonE7 = Arrays.copyOf(lonE7, size * 2);
            latE7 = Arrays.copyOf(latE7, size * 2);
        }
        int slot = size++;
        index.put(osmId, slot);
        lonE7[slot] = E7.fromDegrees(lon);
        latE7[slot] = E7.fromDegrees(lat);
        return true;
    }

    /** Slot of the node, or -1 when the file did not contain it. */
    int slotOf(long osmId) {
        return index.get(osmId);
    }

    double lon(int slot) {
        return E7.toDegrees(lonE7[slot]);
    }

    double lat(int slot) {
        return E7.toDegrees(latE7[slot]);
    }
}
