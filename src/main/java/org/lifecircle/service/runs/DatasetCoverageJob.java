package org.lifecircle.service.runs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.io.files.StagedFolder;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Progress;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.BatchJob;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.service.coverage.CoverageOutputs;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.coverage.CoverageRun;
import org.lifecircle.service.datasets.StoredGraphs;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.SourceFile;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoredDataset;

/**
 * {@code coverage --dataset} and {@code batch --dataset}: the same analysis and outputs as from
 * the files the dataset was imported from, with the graph from the store (or its cache), and the
 * run saved with its parameters and results.
 */
public final class DatasetCoverageJob {

    private final Store store;
    private final DatasetCoverageRequest request;
    private Progress progress = Progress.NONE;

    public DatasetCoverageJob(Store store, DatasetCoverageRequest request) {
        this.store = store;
        this.request = request;
    }

    /** Tells the analysis to the progress; none by default. */
    public DatasetCoverageJob progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** What the run produced: the report, the saved run, and (batch) the districts that miss a target. */
    public record Outcome(CoverageReport report, RunInfo run, List<String> failingDistricts) {
    }

    /**
     * Analyses, then writes the outputs into a staging folder, saves the run, and only then moves
     * the outputs into place. So a full disk fails before anything is saved, and a database lost
     * while saving drops the staged outputs: either the run is saved and its files are in the
     * folder, or neither (earlier files there stay as they were).
     */
    public Outcome run() {
        Timer timer = new Timer();
        PolicyProfile profile = request.parameters().loadProfile();
        StoredGraphs.Whole whole;
        try (Progress.Step step = progress.step("reading dataset '" + request.dataset() + "' from the store", 0, "")) {
            whole = StoredGraphs.loadCurrent(store.datasets(), request.dataset());
        }
        StoredDataset dataset = whole.dataset();
        WalkingGraph graph = whole.graph();
        timer.lap("network");
        DatasetFeatures f = dataset.features();
        CoverageData data = new CoverageData(graph, StoredGraphs.fromStore(dataset.build()), f.facilities(), f.areas(),
                f.districts(), f.censusByDistrict(), f.repaired(), f.skipped(), inputsUsed(dataset), Optional.empty(),
                f.censusAges());
        CoverageReport report = CoverageRun.analyze(data, profile, request.parameters(), timer, progress);
        try (StagedFolder outputs = stage(report)) {
            RunInfo run = store.runs().save(RunRecords.of(dataset.info(), request.kind(), profile,
                    request.parameters(), report, Instant.now()));
            publish(outputs, run);
            List<String> failing = request.kind() == RunKind.BATCH ? BatchJob.failing(report) : List.of();
            return new Outcome(report, run, failing);
        }
    }

    private StagedFolder stage(CoverageReport report) {
        try {
            return request.kind() == RunKind.BATCH ? BatchJob.stage(report, request.outFolder(), request.batchLevel())
                    : CoverageOutputs.stage(request.outFolder(), report);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage() + "; the run was not saved", e);
        }
    }

    private void publish(StagedFolder outputs, RunInfo run) {
        try {
            outputs.publish();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage() + "; run " + run.id() + " was saved ('lifecircle runs show "
                    + run.id() + "')", e);
        }
    }

    private static Map<String, Object> inputsUsed(StoredDataset dataset) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("dataset", dataset.info().name());
        inputs.put("datasetVersion", dataset.info().versionId());
        inputs.put("importedAt", dataset.info().createdAt().toString());
        inputs.put("sources", dataset.info().sources().stream().map(DatasetCoverageJob::describe).toList());
        return inputs;
    }

    private static String describe(SourceFile file) {
        return file.role().id() + ": " + file.path() + (file.crs().isEmpty() ? "" : "@" + file.crs());
    }
}
