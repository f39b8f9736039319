package org.lifecircle.store;

/**
 * An open store: datasets and runs in one database. Open one with {@link Stores#open}; close it
 * when done (the embedded database is closed with the last store).
 */
public interface Store extends AutoCloseable {

    DatasetStore datasets();

    RunStore runs();

    /** Where the data lives, for messages: the database file or the URL and user (never a password). */
    String description();

    @Override
    void close();
}
