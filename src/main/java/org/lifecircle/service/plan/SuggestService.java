package org.lifecircle.service.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.lifecircle.coverage.CoverageAnalysis;
import org.lifecircle.network.Snapper;
import org.lifecircle.plan.SolverChoice;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.store.Store;

/**
 * Suggest for the web API ({@code POST /api/datasets/{d}/suggest}): on a stored dataset, with the
 * server's profile and generated candidates; answers the rows of suggestions.csv and summary.json.
 */
public final class SuggestService {

    private final Store store;
    private final String profile;

    /** What the API answers: summary.json and the rows of suggestions.csv (field name to value). */
    public record SuggestAnswer(SuggestSummary summary, List<Map<String, Object>> suggestions) {
    }

    public SuggestService(Store store, String profile) {
        this.store = store;
        this.profile = profile;
    }

    public SuggestAnswer suggest(String dataset, SuggestParameters parameters, SolverChoice solver) {
        Timer timer = new Timer();
        CoverageParameters coverage = new CoverageParameters(profile, OptionalDouble.empty(),
                CoverageAnalysis.DEFAULT_SEARCH_LIMIT_METERS, Snapper.DEFAULT_MAX_SNAP_METERS);
        SuggestReport report = new SuggestJob(SuggestInputs.fromDataset(store, dataset, timer), coverage, parameters,
                timer).solver(solver).run();
        return new SuggestAnswer(report.summary(), rows(report.layer()));
    }

    private static List<Map<String, Object>> rows(Layer layer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LayerFeature feature : layer.features()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int f = 0; f < layer.fields().size(); f++) {
                row.put(layer.fields().get(f).name(), feature.value(f));
            }
            rows.add(row);
        }
        return rows;
    }
}
