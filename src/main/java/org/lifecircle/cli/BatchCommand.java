package org.lifecircle.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.service.BatchJob;
import org.lifecircle.service.CoverageReport;
import org.lifecircle.service.DatasetCoverageJob;
import org.lifecircle.service.DatasetCoverageRequest;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.Store;
import org.lifecircle.service.OutputFolder;
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

    @Option(names = "--fail-on-target", description = "Exit with code 3 when any district misses a target.")
    boolean failOnTarget;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CoverageReport report;
        List<String> failing;
        String run = "";
        try {
            Optional<String> dataset = options.dataset();
            if (dataset.isPresent()) {
                try (Store store = StoreAccess.open(spec)) {
                    DatasetCoverageJob.Outcome outcome = new DatasetCoverageJob(store, new DatasetCoverageRequest(
                            dataset.get(), options.toParameters(), options.out, RunKind.BATCH)).run();
                    report = outcome.report();
                    failing = outcome.failingDistricts();
                    run = "; run " + outcome.run().id();
                }
            } else {
                BatchJob.Outcome outcome = new BatchJob(options.toRequest()).run();
                report = outcome.report();
                failing = outcome.failingDistricts();
            }
        } catch (InvalidInputException e) {
            OutputFolder.writeErrorNote(options.out, e.getMessage());
            throw e;
        }
        int districts = report.assignment().districts().size();
        spec.commandLine().getOut().printf("batch: %d districts, %d district targets missed%s; wrote %s%n", districts,
                failing.size(), run, options.out);
        if (!failing.isEmpty()) {
            spec.commandLine().getErr().println("targets missed: " + String.join("; ", failing));
            if (failOnTarget) {
                return EXIT_TARGET_MISSED;
            }
        }
        return 0;
    }
}
