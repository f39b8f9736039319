package org.lifecircle.service.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.service.coverage.CoverageInputs;
import org.lifecircle.service.coverage.DatasetSources;
import org.lifecircle.service.datasets.StoredGraphs;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoredDataset;

/** What suggest reads: the coverage inputs from files, or from a stored dataset's current version. */
public final class SuggestInputs {

    private SuggestInputs() {
    }

    public static CoverageData fromFiles(DatasetSources sources, Timer timer) {
        return new CoverageInputs(sources).read(timer);
    }

    public static CoverageData fromDataset(Store store, String name, Timer timer) {
        StoredGraphs.Whole whole = StoredGraphs.loadCurrent(store.datasets(), name);
        StoredDataset dataset = whole.dataset();
        timer.lap("network");
        DatasetFeatures f = dataset.features();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("dataset", dataset.info().name());
        inputs.put("datasetVersion", dataset.info().versionId());
        return new CoverageData(whole.graph(), StoredGraphs.fromStore(dataset.build()), f.facilities(), f.areas(),
                f.districts(), f.censusByDistrict(), f.repaired(), f.skipped(), inputs, Optional.empty(),
                f.censusAges());
    }
}
