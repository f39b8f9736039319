package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.service.OutputFolder;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.coverage.DemoJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifecircle demo}: the coverage job on the demo city in gis-data/demo, as
 * {@code coverage --osm network.osm --facilities facilities.csv@gcj02 --residential residential.geojson
 * --districts districts.geojson --units street=streets.geojson --units community=communities.geojson}
 * would run it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Coverage of the demo city (gis-data/demo), with its deliberate gaps; writes the same files as"
                + " coverage. 'demo generate' rewrites the demo files.",
        subcommands = DemoCommand.Generate.class)
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            CoverageReport report = new DemoJob(DemoJob.defaultFolder(), out).run();
            spec.commandLine().getOut().printf("demo: %d areas, %d facilities, profile %s; gaps %s; open %s%n",
                    report.areaCount(), report.facilityCount(), report.profileId(), report.summary().counts().gapAreas(), out.resolve("report.html"));
            Warnings.print(spec, report);
            return 0;
        } catch (InvalidInputException e) {
            OutputFolder.writeErrorNote(out, e.getMessage());
            throw e;
        }
    }

    /** {@code lifecircle demo generate}: rewrites the demo files from the generator's plan. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write the demo city's files (network.osm, facilities.csv, residential.geojson,"
                    + " districts.geojson, streets.geojson, communities.geojson, expected-gaps.csv).")
    static final class Generate implements Callable<Integer> {

        @Option(names = "--into", paramLabel = "DIR", description = "Folder to write into (default: gis-data/demo).")
        Path into;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path folder = into == null ? DemoJob.defaultFolder() : into;
            int files = DemoJob.generate(folder).size();
            spec.commandLine().getOut().printf("demo generate: wrote %d files to %s%n", files, folder);
            return 0;
        }
    }
}
