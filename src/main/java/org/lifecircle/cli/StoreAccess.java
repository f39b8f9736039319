package org.lifecircle.cli;

import org.lifecircle.store.Store;
import org.lifecircle.store.Stores;
import picocli.CommandLine.Model.CommandSpec;

/** Wiring: opens the store the command line's settings name (LIFECIRCLE_DATA_DIR, LIFECIRCLE_DB_*). */
final class StoreAccess {

    private StoreAccess() {
    }

    static Store open(CommandSpec spec) {
        LifeCircleCli root = (LifeCircleCli) spec.root().userObject();
        return Stores.open(root.storeSettings());
    }
}
