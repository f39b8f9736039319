package org.lifecircle.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded database as files in a data folder, for its care ({@code lifecircle store}):
 * implemented by the embedded store, reached through {@link Stores#embeddedFiles()}.
 */
public interface EmbeddedFiles {

    /** The database's own checks of every page, index and reference: empty when it is sound. */
    List<String> check(Path dataDir);

    /** A consistent copy (as of one moment, while others may use it), written whole or not at all. */
    void backup(Path dataDir, Path target);

    /** Moves the database and the graph cache into a new folder of the data folder, returned: a data folder of its own. */
    Path setAside(Path dataDir);

    /** The data folder's store of LifeCircle 0.1 (an H2 file), unless there is none or it was migrated. */
    Optional<Path> findLegacy(Path dataDir);

    /** Marks the legacy store as migrated (renames it), so that it is not offered again. */
    void retireLegacy(Path dataDir);

    /** Opens the legacy store to read it; its graph snapshots go to {@code cacheFolder}. */
    Store openLegacy(Path dataDir, Path cacheFolder);
}
