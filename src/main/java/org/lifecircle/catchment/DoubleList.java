package org.lifecircle.catchment;

import java.util.Arrays;

/** A growable list of doubles without boxing. */
final class DoubleList {

    private double[] values;
    private int size;

    DoubleList(int capacity) {
        values = new double[Math.max(4, capacity)];
    }

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    double get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** Drops the values from {@code newSize} on. */
    void truncate(int newSize) {
        size = Math.min(size, newSize);
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
