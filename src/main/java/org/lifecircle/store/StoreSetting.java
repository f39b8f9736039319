package org.lifecircle.store;

/**
 * The store's settings and their names: an environment variable for the command line and the
 * Spring property the server binds (Spring's relaxed binding maps one to the other, so
 * {@code LIFECIRCLE_DB_URL} works for both).
 */
public enum StoreSetting {
    /** Folder of the embedded database and of the graph cache (default {@link StoreSettings#defaultDataDir}). */
    DATA_DIR("LIFECIRCLE_DATA_DIR", "lifecircle.data-dir"),
    /** A {@code jdbc:postgresql://} URL: use PostGIS instead of the embedded database. */
    DB_URL("LIFECIRCLE_DB_URL", "lifecircle.db.url"),
    DB_USER("LIFECIRCLE_DB_USER", "lifecircle.db.user"),
    DB_PASSWORD("LIFECIRCLE_DB_PASSWORD", "lifecircle.db.password");

    private final String environmentVariable;
    private final String property;

    StoreSetting(String environmentVariable, String property) {
        this.environmentVariable = environmentVariable;
        this.property = property;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    /** The Spring property, also read as a Java system property ({@code -Dlifecircle.db.url=...}). */
    public String property() {
        return property;
    }
}
