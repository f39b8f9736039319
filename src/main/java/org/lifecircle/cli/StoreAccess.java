package org.lifecircle.cli;

import java.io.PrintWriter;
import org.lifecircle.store.Store;
import org.lifecircle.store.factory.Stores;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Wiring: opens the store the command line's settings name (LIFECIRCLE_DATA_DIR, LIFECIRCLE_DB_*);
 * the store's notices (an import killed earlier, a damaged graph snapshot) go to standard error.
 */
final class StoreAccess {

    private StoreAccess() {
    }

    static Store open(CommandSpec spec) {
        LifeCircleCli root = (LifeCircleCli) spec.root().userObject();
        PrintWriter err = spec.commandLine().getErr();
        return Stores.open(root.storeSettings(), notice -> err.println("lifecircle: " + notice));
    }
}
