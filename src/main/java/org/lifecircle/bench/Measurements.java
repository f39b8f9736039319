package org.lifecircle.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Timing and heap helpers for benchmarks: medians of repeated runs, used heap after GC. */
final class Measurements {

    private Measurements() {
    }

    /** Something measured once per call that returns its own elapsed milliseconds. */
    @FunctionalInterface
    interface TimedRun {
        double millis() throws Exception;
    }

    /** A median of measured runs and how many runs it came from. */
    record Median(double millis, int runs) {
    }

    /** Runs warm-up runs (not measured) and then the measured runs; returns their median. */
    static Median median(int warmups, int runs, TimedRun run) throws Exception {
        for (int i = 0; i < warmups; i++) {
            run.millis();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = run.millis();
        }
        return new Median(median(millis), runs);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Heap in use after a few full collections, in bytes. */
    static long usedHeapAfterGcBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
