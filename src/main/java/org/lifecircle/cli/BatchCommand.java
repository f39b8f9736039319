package org.lifecircle.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.options.Defaults;
import org.lifecircle.service.OutputFolder;
import org.lifecircle.service.coverage.BatchJob;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.runs.DatasetCoverageJob;
import org.lifecircle.service.runs.DatasetCoverageRequest;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.Store;
import org.lifecircle.units.UnitLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lifecircle batch}: the coverage check per district, one folder each, against the profile's targets. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Coverage per district: one folder per district and a combined districts.csv.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "2:bad input", "3:with --fail-on-target, a district misses a target"})
final class BatchCommand implements Callable<Integer> {

    /** Exit code when a district misses a target and --fail-on-target is set. */
    static final int EXIT_TARGET_MISSED = 3;

    @Mixin
    CoverageOptions options;

    @Option(names = "--fail-on-target", description = "Exit with code 3 when any district misses a target, any unit lacks the facilities of its tier or a share of communities served falls short.")
    boolean failOnTarget;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = Defaults.BATCH_LEVEL_TEXT,
            description = "Write one folder per unit of this level: district (default), street or community (the"
                    + " level's boundaries must be given: --units street=FILE).")
    UnitLevel level;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What the batch produced, whichever way it ran; {@code run} is the saved run's note, empty from files. */
    private record Done(CoverageReport report, List<String> failing, String run) {
    }

    @Override
    public Integer call() {
        Done done;
        try {
            done = runBatch();
        } catch (InvalidInputException e) {
            OutputFolder.writeErrorNote(options.out, e.getMessage());
            throw e;
        }
        int districts = done.report().districtCount();
        spec.commandLine().getOut().printf("batch: %d districts, %d targets missed%s; wrote %s%n", districts,
                done.failing().size(), done.run(), options.out);
        Warnings.print(spec, done.report());
        if (!done.failing().isEmpty()) {
            spec.commandLine().getErr().println("targets missed: " + String.join("; ", done.failing()));
            if (failOnTarget) {
                return EXIT_TARGET_MISSED;
            }
        }
        return 0;
    }

    private Done runBatch() {
        Optional<String> dataset = options.dataset();
        if (dataset.isEmpty()) {
            BatchJob.Outcome outcome = new BatchJob(options.toRequest()).level(level).progress(options.progress(spec))
                    .run();
            return new Done(outcome.report(), outcome.failingDistricts(), "");
        }
        try (Store store = StoreAccess.open(spec)) {
            DatasetCoverageJob.Outcome outcome = new DatasetCoverageJob(store, new DatasetCoverageRequest(dataset.get(),
                    options.toParameters(), options.out, RunKind.BATCH, level)).progress(options.progress(spec)).run();
            return new Done(outcome.report(), outcome.failingDistricts(), "; run " + outcome.run().id());
        }
    }
}
