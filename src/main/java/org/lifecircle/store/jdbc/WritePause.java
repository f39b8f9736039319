package org.lifecircle.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import org.lifecircle.model.InvalidInputException;

/**
 * A hook for fault tests, off unless the Java system property {@value #PROPERTY} is set (e.g.
 * {@code -Dlifecircle.faults.pauseAfterRows=1000}). Then the first write of the process (an import
 * or a saved run) stops once it has written that many rows inside its still open transaction,
 * says so in one line on standard error, and goes on when a line (or the end) arrives on standard
 * input. The fault tests start the command line in a separate JVM with it, and kill that JVM,
 * terminate its database connection or stop the database it reads through, at a known point of
 * a write. Unset (the default) it is {@link WriteProbe#NONE}: nothing is read or waited for.
 */
final class WritePause implements WriteProbe {

    static final String PROPERTY = "lifecircle.faults.pauseAfterRows";
    /** What the pause prints first on standard error; tests wait for it. */
    static final String ANNOUNCEMENT = "lifecircle: paused after ";

    private final long afterRows;
    private final InputStream resume;
    private boolean paused;

    private WritePause(long afterRows, InputStream resume) {
        this.afterRows = afterRows;
        this.resume = resume;
    }

    /** The pause the system property asks for, or {@link WriteProbe#NONE} without it. */
    static WriteProbe fromSystemProperties() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return WriteProbe.NONE;
        }
        long rows;
        try {
            rows = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            rows = 0;
        }
        if (rows < 1) {
            throw new InvalidInputException(PROPERTY + " '" + value + "' is not a positive number of rows");
        }
        return new WritePause(rows, System.in);
    }

    @Override
    public synchronized void rowsWritten(long rowsSoFar) {
        if (paused || rowsSoFar < afterRows) {
            return;
        }
        paused = true;
        System.err.println(ANNOUNCEMENT + rowsSoFar + " rows written in an open transaction (" + PROPERTY
                + "); a line on standard input continues");
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
