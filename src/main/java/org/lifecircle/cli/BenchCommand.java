package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lifecircle.bench.EngineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lifecircle bench engine}: benchmarks that write their figures under bench/results/. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and write its figures under bench/results/ (needs the PostgreSQL of"
                + " .ci/setup-postgres.sh, or LIFECIRCLE_DB_URL/USER/PASSWORD).")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "engine", description = "Which benchmark: engine.")
    String which;

    @Option(names = "--shared-data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder with the shared test data (default: ${DEFAULT-VALUE}).")
    Path sharedData;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "bench/results/engine.md",
            description = "Where to write the results (default: ${DEFAULT-VALUE}).")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (!"engine".equals(which)) {
            throw new org.lifecircle.model.InvalidInputException("unknown benchmark '" + which + "' (known: engine)");
        }
        Path written = new EngineBenchmark(EngineBenchmark.Settings.fromEnvironment(sharedData, report), System.out).run();
        System.out.println("bench: wrote " + written);
        return 0;
    }
}
