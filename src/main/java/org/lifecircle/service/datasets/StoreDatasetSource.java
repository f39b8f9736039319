package org.lifecircle.service.datasets;

import java.util.List;
import java.util.Optional;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.service.map.DatasetSource;
import org.lifecircle.service.map.LoadedDataset;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.SourceFile;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoredDataset;

/** The map's datasets from the store: the graph restored from its cache or rows, the features as imported. */
public final class StoreDatasetSource implements DatasetSource {

    private final Store store;

    public StoreDatasetSource(Store store) {
        this.store = store;
    }

    @Override
    public List<String> names() {
        return store.datasets().list().stream().map(DatasetInfo::name).sorted().toList();
    }

    @Override
    public Optional<String> findVersion(String name) {
        return store.datasets().find(name).map(DatasetInfo::versionId);
    }

    @Override
    public Optional<LoadedDataset> find(String name) {
        if (store.datasets().find(name).isEmpty()) {
            return Optional.empty();
        }
        StoredGraphs.Whole whole = StoredGraphs.loadCurrent(store.datasets(), name);
        var features = whole.dataset().features();
        return Optional.of(new LoadedDataset(name, whole.dataset().info().versionId(), whole.graph(),
                features.facilities(), features.areas(), features.districts(), features.censusByDistrict(),
                features.censusAges(), StoredUnits.fromStore(features)));
    }

    @Override
    public List<String> sourceFiles(String name) {
        return store.datasets().find(name).map(DatasetInfo::sources).orElse(List.of()).stream()
                .map(StoreDatasetSource::sourceLine).toList();
    }

    private static String sourceLine(SourceFile file) {
        String path = file.path();
        String fileName = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        String crs = file.crs() == null || file.crs().isEmpty() ? "" : "@" + file.crs();
        return file.role().id() + ": " + fileName + crs;
    }

    /** Imports the demo city when the store holds no dataset yet, so that a new user sees a map at once. */
    public static boolean importDemoIfEmpty(Store store) {
        if (!store.datasets().list().isEmpty()) {
            return false;
        }
        ImportJob.demo(store, DemoJob.defaultFolder()).run();
        return true;
    }
}
