package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.EOFException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.StoreUnavailableException;

/**
 * The one-line messages of failed database operations: a lost connection (as PostgreSQL's and
 * H2's drivers report it) says so and whether anything was saved, and never carries a batch's SQL.
 */
class SqlFailuresTest {

    private static final ConnectionSource DATABASE = new ConnectionSource() {
        @Override
        public Connection open() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String description() {
            return "PostgreSQL at jdbc:postgresql://db/lc as user lc";
        }
    };

    /** What the PostgreSQL driver throws when a batch is sent over a connection the server ended. */
    private static SQLException postgresBatchOnATerminatedConnection() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO run_areas (run_id, name)"
                + " VALUES (('1'::int8), ('西岭花园')) was aborted: An I/O error occurred while sending to the backend."
                + "  Call getNextException to see other errors in the batch.", "08006", 0, new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new EOFException()));
        return batch;
    }

    @Test
    void aConnectionLostWhileWritingSaysNothingWasSavedWithoutTheSql() {
        RuntimeException e = SqlFailures.of(DATABASE, "saving a run of dataset 'demo'",
                postgresBatchOnATerminatedConnection(), false);
        assertThat(e).isInstanceOf(StoreUnavailableException.class).isInstanceOf(InvalidInputException.class)
                .hasMessage("lost the connection to PostgreSQL at"
                + " jdbc:postgresql://db/lc as user lc while saving a run of dataset 'demo' (An I/O error occurred"
                + " while sending to the backend): nothing was saved; run it again once the database is back");
    }

    @Test
    void aConnectionLostAtTheCommitLeavesTheOutcomeOpenAndSaysSo() {
        RuntimeException e = SqlFailures.of(DATABASE, "importing dataset 'x'", new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01"), true);
        assertThat(e).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("(terminating connection due to administrator command) at the commit")
                .hasMessageContaining("it may or may not have been saved");
    }

    @Test
    void theEmbeddedDatabasesServingProcessStoppingIsALostConnection() {
        SQLException h2 = new SQLException("Connection is broken: \"session closed\" [90067-240]", "90067", 90067);
        assertThat(SqlFailures.isConnectionLost(h2)).isTrue();
        assertThat(SqlFailures.isConnectionLost(new SQLException("wrapped", "HY000", h2))).as("as a cause").isTrue();
        assertThat(SqlFailures.isConnectionLost(new SQLException("Database is already closed", "90098"))).isTrue();
    }

    @Test
    void otherFailuresAreDatabaseErrorsInOneLine() {
        RuntimeException e = SqlFailures.of(DATABASE, "listing runs", new SQLException(
                "ERROR: relation \"runs\" does not exist\n  Position: 15", "42P01"), false);
        assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("database error while listing runs"
                + " (PostgreSQL at jdbc:postgresql://db/lc as user lc): relation \"runs\" does not exist");
    }

    @Test
    void a55000IsAnUnavailableDatabaseOnlyWhenConnecting() {
        SQLException closed = new SQLException("FATAL: database \"lc\" is not currently accepting connections", "55000");
        assertThat(SqlFailures.ofConnecting(DATABASE, "listing runs", closed))
                .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("cannot connect to");
        SQLException statement = new SQLException("ERROR: currval of sequence \"runs_seq\" is not yet defined", "55000");
        assertThat(SqlFailures.of(DATABASE, "saving a run", statement, false)).isInstanceOf(IllegalStateException.class);
    }
}
