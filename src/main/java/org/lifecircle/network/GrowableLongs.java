package org.lifecircle.network;

import java.util.Arrays;

/** An append-only long column for builders; no boxing. */
final class GrowableLongs {

    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
