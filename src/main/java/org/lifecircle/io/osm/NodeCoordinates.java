package org.lifecircle.io.osm;

import java.util.Arrays;
import org.lifecircle.geo.E7;

/** Coordinates of every node read, by OSM id, stored as E7 ints. */
final class NodeCoordinates {

    private final LongIntMap index = new LongIntMap(-1);
    private int[] lonE7 = new int[1 << 12];
    private int[] latE7 = new int[1 << 12];
    private int size;

    void put(long osmId, double lon, double lat) {
        int slot = index.get(osmId);
        if (slot < 0) {
            if (size == lonE7.length) {
                lonE7 = Arrays.copyOf(lonE7, size * 2);
                latE7 = Arrays.copyOf(latE7, size * 2);
            }
            slot = size++;
            index.put(osmId, slot);
        }
        lonE7[slot] = E7.fromDegrees(lon);
        latE7[slot] = E7.fromDegrees(lat);
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
