package org.lifecircle.store.factory;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.lifecircle.store.EmbeddedFiles;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.cache.GraphCache;
import org.lifecircle.store.embedded.LegacyStores;
import org.lifecircle.store.embedded.SqliteFiles;
import org.lifecircle.store.embedded.SqliteStore;
import org.lifecircle.store.jdbc.JdbcStore;
import org.lifecircle.store.postgis.PostgisStore;

/**
 * Opens the store the settings name: PostGIS when a URL is configured (and then only PostGIS: a
 * failure to reach it is reported, never answered with the embedded database), else the embedded
 * SQLite database in the data folder. The one class of the ports that knows the implementations.
 */
public final class Stores {

    private Stores() {
    }

    /** The embedded database's files, for their care. */
    public static EmbeddedFiles embeddedFiles() {
        return new SqliteFiles();
    }

    /**
     * Opens an embedded database in a folder other than the configured one (a damaged database set
     * aside), with its own graph cache there.
     */
    public static Store openEmbeddedAt(Path dataDir, Consumer<String> notices) {
        return SqliteStore.open(dataDir, new GraphCache(dataDir.resolve("graph-cache"), notices));
    }

    /** Opens the store; its notices (see {@link #open(StoreSettings, Consumer)}) go to standard error. */
    public static Store open(StoreSettings settings) {
        return open(settings, notice -> System.err.println("lifecircle: " + notice));
    }

    /**
     * Opens the store and tells {@code notices}, in one line each, what the user should know
     * but that is no error: an import on this machine that was killed before it finished (right
     * away), a graph snapshot found damaged and rebuilt (when it happens).
     */
    public static Store open(StoreSettings settings, Consumer<String> notices) {
        GraphCache cache = new GraphCache(settings.graphCacheFolder(), notices);
        JdbcStore store = settings.postgis().isPresent()
                ? PostgisStore.open(settings.postgis().get(), settings.dataDir(), cache)
                : SqliteStore.open(settings.dataDir(), cache);
        store.reportUnfinishedImports(notices);
        if (settings.postgis().isEmpty()) {
            LegacyStores.find(settings.dataDir()).ifPresent(legacy -> notices.accept(legacy + " holds the datasets"
                    + " of LifeCircle 0.1's embedded store, which this version does not read: 'lifecircle store"
                    + " migrate' copies them into " + store.description().replaceFirst("^the embedded database ", "")));
        }
        return store;
    }
}
