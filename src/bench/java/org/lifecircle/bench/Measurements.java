package org.lifecircle.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Timing and heap helpers for benchmarks: medians of repeated runs, used heap after GC. */
final class Measurements {

    private static final int MAX_RUNS = 201;

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
        return medianOfAtLeast(runs, 0, run);
    }

    /**
     * Runs at least {@code minRuns} times and for at least {@code minTotalMillis} (at most
     * {@link #MAX_RUNS} runs); returns the median, so that fast runs get enough samples.
     */
    static Median medianOfAtLeast(int minRuns, double minTotalMillis, TimedRun run) throws Exception {
        double[] millis = new double[MAX_RUNS];
        double total = 0;
        int runs = 0;
        while (runs < MAX_RUNS && (runs < minRuns || total < minTotalMillis)) {
            millis[runs] = run.millis();
            total += millis[runs++];
        }
        return new Median(median(Arrays.copyOf(millis, runs)), runs);
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
