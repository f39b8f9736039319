package org.lifecircle.service.datasets;

import java.util.List;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.Store;

/** {@code lifecircle list}, {@code show}, {@code delete} and {@code runs list/show}: what the store holds. */
public final class DatasetCatalog {

    private final Store store;

    public DatasetCatalog(Store store) {
        this.store = store;
    }

    public List<DatasetInfo> datasets() {
        return store.datasets().list();
    }

    public DatasetInfo dataset(String name) {
        return store.datasets().get(name);
    }

    /** Deletes the dataset (its saved runs stay); throws naming the known ones when there is none. */
    public void delete(String name) {
        if (!store.datasets().delete(name)) {
            throw new InvalidInputException("no dataset named '" + name + "' to delete in " + store.description());
        }
    }

    public List<RunInfo> runs(java.util.Optional<String> dataset) {
        return store.runs().list(dataset);
    }

    public java.util.Optional<RunInfo> findRun(String id) {
        return store.runs().find(id);
    }

    public org.lifecircle.store.StoredRun run(String id) {
        return store.runs().read(id);
    }
}
