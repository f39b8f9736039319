package org.lifecircle.store.embedded;

import java.sql.SQLException;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.StoreUnavailableException;
import org.lifecircle.store.jdbc.SqlFailures;
import org.sqlite.SQLiteException;

/**
 * SQLite's result codes as one line for the user: what happened to the embedded database and
 * what to do. SQLite reports these by code, not SQLSTATE.
 */
final class EmbeddedFailures {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    static final String DAMAGED_ADVICE = "'lifecircle store check' tells what can still be read, 'lifecircle store"
            + " repair' copies it into a new database file and keeps the damaged one beside it";

    private EmbeddedFailures() {
    }

    /** The file could not be opened as a database. */
    static InvalidInputException cannotOpen(String where, SQLException e) {
        String reason = SqlFailures.reason(e);
        int code = primaryCode(e);
        if (code == NOTADB || code == CORRUPT) {
            return new StoreUnavailableException("cannot open " + where + ": it is damaged or not a LifeCircle store ("
                    + reason + "); " + DAMAGED_ADVICE, e);
        }
        return new StoreUnavailableException("cannot open " + where + " (" + reason + "): check that the data folder"
                + " exists and can be written, or set LIFECIRCLE_DATA_DIR to another folder", e);
    }

    /** A failure during an operation, when its code tells more than the common rules. */
    static Optional<RuntimeException> during(String where, String action, SQLException e, boolean committing) {
        String reason = SqlFailures.reason(e);
        String nothing = committing ? "it may or may not have been saved" : "nothing was saved";
        return switch (primaryCode(e)) {
            case BUSY, LOCKED -> Optional.of(new StoreUnavailableException(where + " stayed locked by another write for "
                    + SqliteStore.BUSY_TIMEOUT_MILLIS / 60_000 + " minutes while " + action + " (an import in another"
                    + " process?): " + nothing + "; run it again when that write has finished", e));
            case CORRUPT, NOTADB -> Optional.of(new StoreUnavailableException(where + " is damaged (" + reason
                    + ") while " + action + ": " + nothing + "; " + DAMAGED_ADVICE, e));
            case FULL -> Optional.of(new StoreUnavailableException("the disk holding " + where + " is full while "
                    + action + ": " + nothing + "; free some space and run it again", e));
            case IOERR, READONLY, CANTOPEN -> Optional.of(new StoreUnavailableException("cannot write or read " + where
                    + " while " + action + " (" + reason + "): " + nothing + "; check the disk and the folder's"
                    + " permissions", e));
            default -> Optional.empty();
        };
    }

    static String reason(SQLException e) {
        return SqlFailures.reason(e);
    }

    /** SQLite's primary result code (the low byte of an extended code), or -1 for other exceptions. */
    static int primaryCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s.getResultCode().code & 0xff;
            }
        }
        return -1;
    }
}
