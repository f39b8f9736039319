package org.lifecircle.store.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lifecircle.model.StoreUnavailableException;

/**
 * Turns a failed database operation into one line for the user. A lost connection (PostgreSQL
 * stopped, the connection terminated, the LifeCircle process that had the embedded database open
 * stopped) is the user's to fix and says whether anything was saved; anything else is a bug or a
 * damaged store. The driver's text is cut to its first line, and a failed batch is described by
 * its cause, never by its SQL.
 */
public final class SqlFailures {

    /**
     * SQLSTATEs of a connection that went away: class 08 (connection exceptions), PostgreSQL's
     * 57P01-57P03 (terminated by an administrator, server crash or shutdown, not accepting
     * connections), and H2's 90067 (connection broken: the process serving the file stopped),
     * 90098 and 90121 (database closed, or closed while in use).
     */
    private static final Set<String> LOST = Set.of("57P01", "57P02", "57P03", "90067", "90098", "90121");
    /**
     * SQLSTATEs of a server that refuses a new connection while it runs: 55000 (the database does
     * not allow connections now: ALTER DATABASE ... ALLOW_CONNECTIONS false), 53300 (too many
     * connections) and 57P03 (starting up or shutting down). Only at connecting: a statement's
     * 55000 is something else (object not in prerequisite state).
     */
    private static final Set<String> REFUSED_AT_CONNECT = Set.of("55000", "53300", "57P03");
    private static final int MAX_REASON_CHARS = 200;

    private SqlFailures() {
    }

    /**
     * @param committing whether the failure came from the commit itself: a connection lost then
     *     leaves unknown whether the transaction was committed
     */
    static RuntimeException of(ConnectionSource source, Dialect dialect, String action, SQLException e,
                               boolean committing) {
        return dialect.failure(source.description(), action, e, committing)
                .orElseGet(() -> of(source, action, e, committing));
    }

    /** The common rules: SQLSTATEs of a lost connection, else a database error. */
    static RuntimeException of(ConnectionSource source, String action, SQLException e, boolean committing) {
        String reason = reason(e);
        if (!isConnectionLost(e)) {
            return new IllegalStateException("database error while " + action + " (" + source.description() + "): "
                    + reason, e);
        }
        String lost = "lost the connection to " + source.description() + " while " + action + " (" + reason + ")";
        if (committing) {
            return new StoreUnavailableException(lost + " at the commit: it may or may not have been saved; check with"
                    + " 'lifecircle list' or 'lifecircle runs list' once the database is back", e);
        }
        return new StoreUnavailableException(lost + ": nothing was saved; run it again once the database is back", e);
    }

    /**
     * A failure to open a connection: the database away or refusing connections is the user's to
     * wait for (nothing was done yet), anything else a database error.
     */
    static RuntimeException ofConnecting(ConnectionSource source, Dialect dialect, String action, SQLException e) {
        return dialect.failure(source.description(), action, e, false).orElseGet(() -> ofConnecting(source, action, e));
    }

    /** A connection that could not be opened, by the common rules. */
    static RuntimeException ofConnecting(ConnectionSource source, String action, SQLException e) {
        if (!isConnectionLost(e) && !refusesConnections(e)) {
            return of(source, action, e, false);
        }
        return new StoreUnavailableException("cannot connect to " + source.description() + " while " + action + " ("
                + reason(e) + "): nothing was saved; run it again once the database accepts connections", e);
    }

    /** Whether the server refused a new connection (see {@link #REFUSED_AT_CONNECT}). */
    static boolean refusesConnections(SQLException e) {
        return chain(e).stream().map(SQLException::getSQLState).anyMatch(REFUSED_AT_CONNECT::contains);
    }

    /** Whether the exception, a batch's next exception or any cause says the connection went away. */
    static boolean isConnectionLost(SQLException e) {
        for (SQLException s : chain(e)) {
            String state = s.getSQLState() == null ? "" : s.getSQLState();
            if (state.startsWith("08") || LOST.contains(state)) {
                return true;
            }
        }
        return false;
    }

    /** The first line of the most telling message: a failed batch's next exception instead of its SQL. */
    public static String reason(SQLException e) {
        SQLException telling = e;
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            telling = e.getNextException();
        }
        String message = String.valueOf(telling.getMessage()).lines().findFirst().orElse("").strip();
        message = message.replaceFirst("^(FATAL|ERROR): +", "");
        if (message.startsWith("Batch entry ")) {
            int cut = message.indexOf(" was aborted: ");
            message = cut < 0 ? "a batch of rows was refused" : message.substring(cut + " was aborted: ".length());
        }
        message = message.replaceFirst(" +Call getNextException.*$", "").replaceFirst("\\.$", "");
        return message.length() <= MAX_REASON_CHARS ? message : message.substring(0, MAX_REASON_CHARS) + "...";
    }

    /** The exception, its causes and next exceptions (a bounded walk: drivers may link them in cycles). */
    private static List<SQLException> chain(SQLException e) {
        List<SQLException> all = new ArrayList<>();
        ArrayDeque<Throwable> pending = new ArrayDeque<>();
        pending.add(e);
        while (!pending.isEmpty() && all.size() < 20) {
            Throwable t = pending.poll();
            if (t instanceof SQLException s) {
                all.add(s);
                if (s.getNextException() != null && s.getNextException() != s) {
                    pending.add(s.getNextException());
                }
            }
            if (t.getCause() != null && t.getCause() != t) {
                pending.add(t.getCause());
            }
        }
        return all;
    }
}
