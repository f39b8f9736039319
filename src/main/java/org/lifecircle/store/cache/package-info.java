/**
 * The graph cache: one binary snapshot of a dataset version's walking network per file under
 * {@code LIFECIRCLE_DATA_DIR/graph-cache}, valid for exactly the version it is named after.
 */
package org.lifecircle.store.cache;
