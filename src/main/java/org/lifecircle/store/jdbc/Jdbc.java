package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.lifecircle.model.InvalidInputException;

/** Transactions and parameter helpers. */
final class Jdbc {

    /** Work done on an open connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when anything is thrown. */
    static <T> T transaction(ConnectionSource source, String action, Work<T> work) {
        try (Connection connection = source.open()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(source, action, e);
        }
    }

    /** Runs read-only work on one consistent snapshot of the database. */
    static <T> T snapshot(ConnectionSource source, Dialect dialect, String action, Work<T> work) {
        try (Connection connection = source.open()) {
            dialect.beginSnapshot(connection);
            try {
                return work.apply(connection);
            } finally {
                rollbackQuietly(connection, null);
            }
        } catch (SQLException e) {
            throw failure(source, action, e);
        }
    }

    /** Runs work with auto-commit (statements that must not be in a transaction, e.g. statistics). */
    static void autoCommit(ConnectionSource source, String action, Work<?> work) {
        try (Connection connection = source.open()) {
            work.apply(connection);
        } catch (SQLException e) {
            throw failure(source, action, e);
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

    /** A lost connection is the user's to fix (one line); anything else is a bug or a damaged store. */
    static RuntimeException failure(ConnectionSource source, String action, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        if (state.startsWith("08")) {
            return new InvalidInputException("lost the connection to " + source.description() + " while " + action
                    + ": " + message, e);
        }
        return new IllegalStateException("database error while " + action + " (" + source.description() + "): "
                + message, e);
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
