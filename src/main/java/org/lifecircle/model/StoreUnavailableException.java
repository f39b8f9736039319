package org.lifecircle.model;

/**
 * The database went away while an operation ran (the connection was lost, the server or the
 * process holding the embedded database stopped). Like other errors a user can act on it is one
 * line, and says whether anything was saved; the remedy is to run it again once the database is
 * back. The server answers it with 503, without the message (which names the database).
 */
public class StoreUnavailableException extends InvalidInputException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
