package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lifecircle.service.coverage.CityJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lifecircle generate city}: writes a generated city of a given size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate input data; 'generate city' writes a Tianjin-like city of any size.",
        subcommands = GenerateCommand.City.class)
final class GenerateCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lifecircle generate city --walking-nodes N --out DIR [--seed S]}. */
    @Command(name = "city", mixinStandardHelpOptions = true,
            description = "Write a generated city: network.osm.pbf, facilities.csv (GCJ-02), residential.geojson,"
                    + " districts/streets/communities.geojson (CGCS2000), census.csv, expected-gaps.csv."
                    + " The same seed writes the same bytes.")
    static final class City implements Callable<Integer> {

        @Option(names = "--walking-nodes", paramLabel = "N", description = "Walking-graph nodes, about"
                + " (default: 2000000, Tianjin-like: 16 districts, about 42,000 compounds, 6,000 facilities).")
        Integer walkingNodes;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
        Path out;

        @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 20260101).")
        Long seed;

        @picocli.CommandLine.Mixin
        ProgressOptions progress;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            int nodes = walkingNodes == null ? CityJob.defaultWalkingNodes() : walkingNodes;
            long started = System.nanoTime();
            CityJob.Summary city = new CityJob(out, nodes, seed == null ? CityJob.defaultSeed() : seed)
                    .progress(progress.progress(spec)).run();
            spec.commandLine().getOut().printf("generate city: %,d OSM nodes, %,d areas (%,d gated), %,d facilities,"
                    + " %d districts, %d streets, %,d communities, %d planted gaps, in %.1f s; wrote %s%n",
                    city.osmNodes(), city.areas(), city.compounds(), city.facilities(), city.districts(), city.streets(),
                    city.communities(), city.plantedGaps(), (System.nanoTime() - started) / 1e9, out);
            return 0;
        }
    }
}
