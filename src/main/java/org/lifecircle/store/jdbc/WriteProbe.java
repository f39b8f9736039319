package org.lifecircle.store.jdbc;

/**
 * Told after every batch of rows an import writes, with the rows written so far, and at each
 * phase of the write. Tests throw from it to kill an import midway or slow it down to read while
 * it runs; the fault tests' {@link WritePause} stops a real process at one of these points.
 */
@FunctionalInterface
interface WriteProbe {

    WriteProbe NONE = rows -> { };

    void rowsWritten(long rowsSoFar);

    /** The write reached a phase (see {@link WritePhase}). */
    default void reached(WritePhase phase) {
    }
}
