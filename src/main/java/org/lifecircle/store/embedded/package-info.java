/**
 * The embedded store, the default: an H2 file database with the H2GIS spatial functions under
 * LIFECIRCLE_DATA_DIR, opened in H2's automatic mixed mode so that a server and command-line runs
 * on the same machine can use it at the same time. No server to install.
 */
package org.lifecircle.store.embedded;
