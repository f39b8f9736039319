package org.lifecircle.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.service.OutputFolder;
import org.lifecircle.service.coverage.CoverageJob;
import org.lifecircle.service.coverage.CoverageOutputs;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.runs.DatasetCoverageJob;
import org.lifecircle.service.runs.DatasetCoverageRequest;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lifecircle coverage}: which areas and residents are within reach of each category. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Coverage of residential areas per category; writes coverage.csv, districts.csv, gaps.geojson,"
                + " summary.json and report.html. With --dataset the inputs come from the store and the run is saved.")
final class CoverageCommand implements Callable<Integer> {

    @Mixin
    CoverageOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Optional<String> dataset = options.dataset();
            CoverageReport report;
            String run = "";
            if (dataset.isPresent()) {
                try (Store store = StoreAccess.open(spec)) {
                    DatasetCoverageJob.Outcome outcome = new DatasetCoverageJob(store, new DatasetCoverageRequest(
                            dataset.get(), options.toParameters(), options.out, RunKind.COVERAGE))
                            .progress(options.progress(spec)).run();
                    report = outcome.report();
                    run = "; run " + outcome.run().id();
                }
            } else {
                report = new CoverageJob(options.toRequest()).progress(options.progress(spec)).run();
                CoverageOutputs.write(options.out, report);
            }
            spec.commandLine().getOut().printf("coverage: %d areas, %d facilities, profile %s; gaps %s%s; wrote %s%n",
                    report.areaCount(), report.facilityCount(), report.profileId(),
                    report.summary().counts().gapAreas(), run, options.out);
            Warnings.print(spec, report);
            return 0;
        } catch (InvalidInputException e) {
            OutputFolder.writeErrorNote(options.out, e.getMessage());
            throw e;
        }
    }
}
