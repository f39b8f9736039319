package org.lifecircle.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;

/**
 * A hook for fault tests, off unless one of its Java system properties is set:
 * <ul>
 *   <li>{@value #ROWS_PROPERTY}{@code =N}: the first write of the process (an import or a saved
 *       run) stops once it has written N rows inside its still open transaction;</li>
 *   <li>{@value #PHASE_PROPERTY}{@code =PHASE}: the first import stops at that phase of its write
 *       ({@code switch}, {@code commit} or {@code committed}, see {@link WritePhase});</li>
 *   <li>{@value #ANNOUNCE_PROPERTY}{@code =true}: every phase an import reaches is said on
 *       standard error ({@value #PHASE_ANNOUNCEMENT}{@code PHASE}), so that a test can kill it at a
 *       chosen time after the write began.</li>
 * </ul>
 * A stop says so in one line on standard error and goes on when a line (or the end) arrives on
 * standard input. The fault tests start the command line in a separate JVM with these, and kill
 * that JVM, terminate its database connection or stop the database it reads through, at a known
 * point of a write. Unset (the default) it is {@link WriteProbe#NONE}: nothing is read or waited for.
 */
final class WritePause implements WriteProbe {

    static final String ROWS_PROPERTY = "lifecircle.faults.pauseAfterRows";
    static final String PHASE_PROPERTY = "lifecircle.faults.pauseAt";
    static final String ANNOUNCE_PROPERTY = "lifecircle.faults.announcePhases";
    /** What a stop prints first on standard error; tests wait for it. */
    static final String ANNOUNCEMENT = "lifecircle: paused after ";
    static final String PHASE_ANNOUNCEMENT = "lifecircle: write phase ";

    private final long afterRows;
    private final Optional<WritePhase> atPhase;
    private final boolean announce;
    private final InputStream resume;
    private boolean paused;

    private WritePause(long afterRows, Optional<WritePhase> atPhase, boolean announce, InputStream resume) {
        this.afterRows = afterRows;
        this.atPhase = atPhase;
        this.announce = announce;
        this.resume = resume;
    }

    /** The pause the system properties ask for, or {@link WriteProbe#NONE} without them. */
    static WriteProbe fromSystemProperties() {
        Optional<String> rows = property(ROWS_PROPERTY);
        Optional<WritePhase> phase = property(PHASE_PROPERTY).map(WritePause::phase);
        boolean announce = property(ANNOUNCE_PROPERTY).map(Boolean::parseBoolean).orElse(false);
        if (rows.isEmpty() && phase.isEmpty() && !announce) {
            return WriteProbe.NONE;
        }
        return new WritePause(rows.map(WritePause::rows).orElse(Long.MAX_VALUE), phase, announce, System.in);
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(value -> !value.isBlank()).map(String::strip);
    }

    private static long rows(String value) {
        long rows;
        try {
            rows = Long.parseLong(value);
        } catch (NumberFormatException e) {
            rows = 0;
        }
        if (rows < 1) {
            throw new InvalidInputException(ROWS_PROPERTY + " '" + value + "' is not a positive number of rows");
        }
        return rows;
    }

    private static WritePhase phase(String value) {
        return Arrays.stream(WritePhase.values()).filter(p -> p.id().equals(value) && p != WritePhase.BEGUN)
                .findFirst().orElseThrow(() -> new InvalidInputException(PHASE_PROPERTY + " '" + value
                        + "' is not one of switch, commit, committed"));
    }

    @Override
    public synchronized void rowsWritten(long rowsSoFar) {
        if (!paused && rowsSoFar >= afterRows) {
            pause(rowsSoFar + " rows written in an open transaction (" + ROWS_PROPERTY + ")");
        }
    }

    @Override
    public synchronized void reached(WritePhase phase) {
        if (announce) {
            System.err.println(PHASE_ANNOUNCEMENT + phase.id());
            System.err.flush();
        }
        if (!paused && atPhase.equals(Optional.of(phase))) {
            pause("reaching the write phase '" + phase.id() + "' (" + PHASE_PROPERTY + ")");
        }
    }

    private void pause(String where) {
        paused = true;
        System.err.println(ANNOUNCEMENT + where + "; a line on standard input continues");
        System.err.flush();
        waitForLine();
    }

    private void waitForLine() {
        try {
            int c;
            do {
                c = resume.read();
            } while (c != -1 && c != '\n');
        } catch (IOException e) {
            // no input to wait for: go on
        }
    }
}
