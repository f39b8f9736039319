package org.lifecircle.store.jdbc;

/** The points of an import's write that fault tests can stop it at, in the order they come. */
enum WritePhase {
    /** The transaction is open; no row is written yet. */
    BEGUN("begun"),
    /** Every row of the new version is written; the name is about to move and the old version to go. */
    SWITCH("switch"),
    /** The old version's rows are deleted; the commit comes next. */
    COMMIT("commit"),
    /** The transaction committed; the graph snapshot is not written yet. */
    COMMITTED("committed");

    private final String id;

    WritePhase(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}
