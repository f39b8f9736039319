package org.lifecircle.cli;

import java.util.concurrent.Callable;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.service.CoverageJob;
import org.lifecircle.service.CoverageOutputs;
import org.lifecircle.service.CoverageReport;
import org.lifecircle.service.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lifecircle coverage}: which areas and residents are within reach of each category. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Coverage of residential areas per category; writes coverage.csv, districts.csv, gaps.geojson,"
                + " summary.json and report.html.")
final class CoverageCommand implements Callable<Integer> {

    @Mixin
    CoverageOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            CoverageReport report = new CoverageJob(options.toRequest()).run();
            CoverageOutputs.write(options.out, report);
            spec.commandLine().getOut().printf("coverage: %d areas, %d facilities, profile %s; gaps %s; wrote %s%n",
                    report.result().areas().size(), report.result().facilities().size(), report.result().profile().id(),
                    report.summary().counts().gapAreas(), options.out);
            return 0;
        } catch (InvalidInputException e) {
            OutputFolder.writeErrorNote(options.out, e.getMessage());
            throw e;
        }
    }
}
