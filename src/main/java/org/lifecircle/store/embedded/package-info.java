/**
 * The embedded store, the default: one SQLite database file in WAL mode under LIFECIRCLE_DATA_DIR
 * ({@code lifecircle.db}), which a server and command-line runs on the same machine use at the
 * same time. No server to install. Terms: the <em>data folder</em> holds the database, the graph
 * cache and the journal of imports under way; a <em>legacy store</em> is the H2 file of
 * LifeCircle 0.1, read only to migrate it.
 */
package org.lifecircle.store.embedded;
