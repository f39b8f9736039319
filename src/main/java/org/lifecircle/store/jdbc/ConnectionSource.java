package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections to one database; every store operation takes its own and closes it. */
public interface ConnectionSource {

    Connection open() throws SQLException;

    /** The database for messages: a file or a URL and user, never a password. */
    String description();
}
