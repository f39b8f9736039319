package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Transactions and parameter helpers. */
final class Jdbc {

    /** Work done on an open connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when anything is
     * thrown. A connection lost before the commit means nothing was saved; one lost at the commit
     * leaves that open, and the message says so (see {@link SqlFailures}).
     */
    static <T> T transaction(ConnectionSource source, Dialect dialect, String action, Work<T> work) {
        Connection connection = open(source, dialect, action);
        try {
            T result;
            try {
                dialect.beginWrite(connection);
                result = work.apply(connection);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                rollbackQuietly(connection, e);
                throw SqlFailures.of(source, dialect, action, e, true);
            }
            return result;
        } catch (SQLException e) {
            throw SqlFailures.of(source, dialect, action, e, false);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Runs read-only work on one consistent snapshot of the database. */
    static <T> T snapshot(ConnectionSource source, Dialect dialect, String action, Work<T> work) {
        Connection connection = open(source, dialect, action);
        try {
            dialect.beginSnapshot(connection);
            return work.apply(connection);
        } catch (SQLException e) {
            throw SqlFailures.of(source, dialect, action, e, false);
        } finally {
            rollbackQuietly(connection, null);
            closeQuietly(connection);
        }
    }

    /** Runs work with auto-commit (statements that must not be in a transaction, e.g. statistics). */
    static void autoCommit(ConnectionSource source, Dialect dialect, String action, Work<?> work) {
        Connection connection = open(source, dialect, action);
        try {
            work.apply(connection);
        } catch (SQLException e) {
            throw SqlFailures.of(source, dialect, action, e, false);
        } finally {
            closeQuietly(connection);
        }
    }

    private static Connection open(ConnectionSource source, Dialect dialect, String action) {
        try {
            return source.open();
        } catch (SQLException e) {
            throw SqlFailures.ofConnecting(source, dialect, action, e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * Closing a connection whose server went away can fail too; what the work did (committed or
     * not) is already decided and reported, so a failing close is not.
     */
    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the outcome is known; see above
        }
    }

    static void setDouble(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static void setDouble(PreparedStatement statement, int index, OptionalDouble value) throws SQLException {
        setDouble(statement, index, value.isPresent() ? value.getAsDouble() : Double.NaN);
    }

    static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.getAsInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    static void setBoolean(PreparedStatement statement, int index, java.util.Optional<Boolean> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setBoolean(index, value.get());
        } else {
            statement.setNull(index, Types.BOOLEAN);
        }
    }

    static OptionalDouble optionalDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** NaN for SQL NULL. */
    static double doubleOrNaN(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    static OptionalInt optionalInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static java.util.Optional<Boolean> optionalBoolean(ResultSet rows, String column) throws SQLException {
        boolean value = rows.getBoolean(column);
        return rows.wasNull() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }
}
