package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.lifecircle.model.Progress;

/**
 * One INSERT statement executed in batches of {@value #BATCH_ROWS} rows, telling the import's
 * {@link RowCount} after each batch.
 */
final class BatchInsert implements AutoCloseable {

    static final int BATCH_ROWS = 1000;

    /** Rows an import wrote so far, across tables, reported to its probe and its progress step. */
    static final class RowCount {
        private final WriteProbe probe;
        private final Progress.Step step;
        private long rows;

        RowCount(WriteProbe probe) {
            this(probe, Progress.Step.NONE);
        }

        RowCount(WriteProbe probe, Progress.Step step) {
            this.probe = probe;
            this.step = step;
        }

        void add(int written) {
            rows += written;
            probe.rowsWritten(rows);
            step.advanceTo(rows);
        }
    }

    private final PreparedStatement statement;
    private final RowCount progress;
    private int pending;

    BatchInsert(Connection connection, String sql, RowCount progress) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.progress = progress;
    }

    /** The statement, to set the next row's parameters on. */
    PreparedStatement row() {
        return statement;
    }

    /** Adds the row whose parameters were set. */
    void add() throws SQLException {
        statement.addBatch();
        if (++pending == BATCH_ROWS) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            progress.add(pending);
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
