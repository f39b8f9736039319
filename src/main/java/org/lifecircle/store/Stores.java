package org.lifecircle.store;

import org.lifecircle.store.cache.GraphCache;
import org.lifecircle.store.embedded.H2GisStore;
import org.lifecircle.store.postgis.PostgisStore;

/**
 * Opens the store the settings name: PostGIS when a URL is configured (and then only PostGIS: a
 * failure to reach it is reported, never answered with the embedded database), else the embedded
 * H2GIS database in the data folder. The one class of the ports that knows the implementations.
 */
public final class Stores {

    private Stores() {
    }

    public static Store open(StoreSettings settings) {
        GraphCache cache = new GraphCache(settings.graphCacheFolder());
        if (settings.postgis().isPresent()) {
            return PostgisStore.open(settings.postgis().get(), cache);
        }
        return H2GisStore.open(settings.dataDir(), cache);
    }
}
