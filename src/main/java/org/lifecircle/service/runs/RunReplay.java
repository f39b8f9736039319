package org.lifecircle.service.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.coverage.CategoryDisplay;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.RuleScope;
import org.lifecircle.io.profile.ProfileText;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.coverage.CoverageRun;
import org.lifecircle.service.datasets.StoredGraphs;
import org.lifecircle.service.datasets.StoredUnits;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.RunRule;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoredDataset;
import org.lifecircle.store.StoredRun;

/**
 * A saved run's full report, for exports: the analysis repeated with the run's own rules and
 * limits on the dataset version it was made on. Why repeat rather than read the stored results:
 * exports need geometry and catchments that runs do not store, and the analysis is deterministic,
 * so the figures are the run's own (the dataset version is checked to be the same).
 */
public final class RunReplay {

    private RunReplay() {
    }

    /** The report of a run together with the graph it was computed on. */
    public record Replayed(RunInfo run, CoverageReport report, WalkingGraph graph) {
    }

    /** The given run of the dataset, or its latest run. */
    public static Replayed of(Store store, String dataset, Optional<String> runId) {
        RunInfo run = runId.map(id -> store.runs().find(id).orElseThrow(() -> new InvalidInputException(
                "no run '" + id + "' (see lifecircle runs list)"))).orElseGet(() -> latest(store, dataset));
        if (!run.datasetName().equals(dataset)) {
            throw new InvalidInputException("run " + run.id() + " is of dataset '" + run.datasetName() + "', not '"
                    + dataset + "'");
        }
        StoredDataset stored = store.datasets().read(dataset);
        if (!stored.info().versionId().equals(run.datasetVersionId())) {
            throw new InvalidInputException("run " + run.id() + " was made before dataset '" + dataset
                    + "' was imported again; run coverage --dataset " + dataset + " for a current run");
        }
        StoredRun full = store.runs().read(run.id());
        WalkingGraph graph = StoredGraphs.load(store.datasets(), stored.info().versionId());
        CoverageData data = StoredUnits.coverageData(graph, stored, Map.of("dataset", dataset, "run", run.id()));
        var p = run.parameters();
        CoverageParameters parameters = new CoverageParameters(p.profileId(), p.maxWalkMetersOverride(),
                p.searchLimitMeters(), p.maxSnapMeters());
        PolicyProfile applied = full.profileText().isEmpty() ? profile(run, full.rules())
                : ProfileText.read(full.profileText(), "the profile of run " + run.id());
        CoverageReport report = CoverageRun.analyze(data, applied, parameters, new Timer());
        return new Replayed(run, report, graph);
    }

    private static RunInfo latest(Store store, String dataset) {
        store.datasets().get(dataset);
        List<RunInfo> runs = store.runs().list(Optional.of(dataset));
        if (runs.isEmpty()) {
            throw new InvalidInputException("dataset '" + dataset + "' has no runs yet: run lifecircle coverage --dataset "
                    + dataset + " first");
        }
        return runs.get(runs.size() - 1);
    }

    /**
     * The profile of a run saved without its text (by LifeCircle 0.2): its stored rules, which lack
     * names, scopes and bundles.
     */
    private static PolicyProfile profile(RunInfo run, List<RunRule> rules) {
        Map<Category, CategoryRule> byCategory = new LinkedHashMap<>();
        for (RunRule r : rules) {
            byCategory.put(r.category(), new CategoryRule(r.category(), r.maxWalkMeters(), r.maxWalkMinutes(),
                    r.speedMetersPerSecond(), r.targetPct(), r.basis(), CategoryDisplay.of(r.category()),
                    RuleScope.of(r.category())));
        }
        return new PolicyProfile(run.parameters().profileId(), run.parameters().profileTitle(), "", byCategory);
    }
}
