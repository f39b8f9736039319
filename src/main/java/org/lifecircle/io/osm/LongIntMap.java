package org.lifecircle.io.osm;

import java.util.Arrays;

/** Open-addressing map from OSM ids to ints, without boxing: OSM files hold millions of nodes. */
final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;
    private final int missingValue;

    LongIntMap(int missingValue) {
        this.missingValue = missingValue;
        allocate(1 << 12);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
    }

    int get(long key) {
        int slot = find(key);
        return keys[slot] == key ? values[slot] : missingValue;
    }

    void put(long key, int value) {
        int slot = find(key);
        if (keys[slot] != key) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                values[slot] = value;
                grow();
                return;
            }
        }
        values[slot] = value;
    }

    /** Adds one to the value of the key (missing keys start from 0). */
    void increment(long key) {
        int current = get(key);
        put(key, current == missingValue ? 1 : current + 1);
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
