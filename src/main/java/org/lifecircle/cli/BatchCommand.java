package org.lifecircle.cli;

import java.util.concurrent.Callable;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.service.BatchJob;
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
        BatchJob.Outcome outcome;
        try {
            outcome = new BatchJob(options.toRequest()).run();
        } catch (InvalidInputException e) {
            OutputFolder.writeErrorNote(options.out, e.getMessage());
            throw e;
        }
        int districts = outcome.report().assignment().districts().size();
        spec.commandLine().getOut().printf("batch: %d districts, %d district targets missed; wrote %s%n", districts,
                outcome.failingDistricts().size(), options.out);
        if (!outcome.failingDistricts().isEmpty()) {
            spec.commandLine().getErr().println("targets missed: " + String.join("; ", outcome.failingDistricts()));
            if (failOnTarget) {
                return EXIT_TARGET_MISSED;
            }
        }
        return 0;
    }
}
