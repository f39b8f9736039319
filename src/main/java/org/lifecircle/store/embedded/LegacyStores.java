package org.lifecircle.store.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lifecircle.store.cache.GraphCache;
import org.lifecircle.store.jdbc.JdbcStore;

/**
 * The embedded store of LifeCircle 0.1: an H2 file ({@code DATA_DIR/lifecircle.mv.db}), opened
 * only to copy its datasets and runs into the SQLite store ({@code lifecircle store migrate}).
 * After a migration the file is renamed, so that it is not offered again.
 */
public final class LegacyStores {

    /** Where LifeCircle 0.1 kept its H2 database in a data folder. */
    public static final String H2_FILE_NAME = H2GisStore.DATABASE_NAME + ".mv.db";
    /** What the H2 file is renamed to once its contents were copied. */
    public static final String MIGRATED_SUFFIX = ".migrated";

    private LegacyStores() {
    }

    /** The data folder's H2 database, if it has one that was not migrated yet. */
    public static Optional<Path> find(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(H2_FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Opens the data folder's H2 database (its graph snapshots are not used: networks come from its rows). */
    public static JdbcStore openH2(Path dataDir, GraphCache cache) {
        return H2GisStore.open(dataDir, cache);
    }
}
