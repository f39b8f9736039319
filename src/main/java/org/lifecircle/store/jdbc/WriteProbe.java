package org.lifecircle.store.jdbc;

/**
 * Told after every batch of rows an import writes, with the rows written so far. Tests throw
 * from it to kill an import midway or slow it down to read while it runs.
 */
@FunctionalInterface
interface WriteProbe {

    WriteProbe NONE = rows -> { };

    void rowsWritten(long rowsSoFar);
}
