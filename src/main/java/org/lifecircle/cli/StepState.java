package org.lifecircle.cli;

import java.util.concurrent.atomic.AtomicLong;

/** A step's name, what it counts and how far it is; counted from the job's threads, read by the drawing one. */
final class StepState {

    private final String name;
    private final long total;
    private final String unit;
    private final long startNanos;
    private final AtomicLong done = new AtomicLong();

    StepState(String name, long total, String unit, long startNanos) {
        this.name = name;
        this.total = total;
        this.unit = unit;
        this.startNanos = startNanos;
    }

    void advanceTo(long count) {
        done.accumulateAndGet(count, Math::max);
    }

    String name() {
        return name;
    }

    /** The units of work in all, 0 when unknown. */
    long total() {
        return total;
    }

    String unit() {
        return unit;
    }

    long startNanos() {
        return startNanos;
    }

    long done() {
        return done.get();
    }
}
