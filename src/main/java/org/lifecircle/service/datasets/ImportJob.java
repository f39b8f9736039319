package org.lifecircle.service.datasets;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Progress;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.service.coverage.CoverageInputs;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.service.coverage.SourceFiles;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.DatasetNames;
import org.lifecircle.store.NewDataset;
import org.lifecircle.store.SourceFile;
import org.lifecircle.store.Store;

/**
 * {@code lifecircle import}: reads the input files exactly as a coverage run does (same readers,
 * same graph) and stores them as a named dataset in one transaction. Every file is read and
 * checked before the database is touched; a failure while writing leaves no trace of the import.
 */
public final class ImportJob {

    /** The name {@code import --demo} stores the demo city under. */
    public static final String DEMO_NAME = "demo";

    private final Store store;
    private final ImportRequest request;
    private List<String> warnings = List.of();
    private Progress progress = Progress.NONE;

    public ImportJob(Store store, ImportRequest request) {
        this.store = store;
        this.request = request;
    }

    /** The import of the demo city's files (see {@link DemoJob#sources}) as dataset {@value #DEMO_NAME}. */
    public static ImportJob demo(Store store, Path demoFolder) {
        DemoJob.requireDemoFiles(demoFolder);
        return new ImportJob(store, new ImportRequest(DEMO_NAME, DemoJob.sources(demoFolder)));
    }

    /** Tells reading the files and writing the store to the progress; none by default. */
    public ImportJob progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public DatasetInfo run() {
        DatasetNames.check(request.name());
        if (!request.sources().unitFiles().isEmpty()) {
            // the stores keep districts only (no street/community tables yet): refuse rather than drop them
            throw new InvalidInputException("import keeps district boundaries only; " + request.sources().unitFiles()
                    .get(0).level().id() + " units are not stored yet: run coverage with --units and the files");
        }
        List<SourceFile> sources = SourceFiles.describe(request.sources());
        CoverageData data = new CoverageInputs(request.sources()).progress(progress).read(new Timer());
        warnings = data.inputWarnings();
        DatasetFeatures features = new DatasetFeatures(data.facilities(), data.areas(), data.districts(), data.census(),
                data.repaired(), data.skipped(), data.censusAges());
        return store.datasets().save(new NewDataset(request.name(), Instant.now(), SourceFiles.contentHash(sources),
                sources, new GraphRows(data.graph()), StoredGraphs.toStore(data.build()), features), progress);
    }

    /** What reading the files found worth a warning (a file that fits another coordinate system better); after run. */
    public List<String> warnings() {
        return warnings;
    }
}
