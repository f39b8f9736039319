package org.lifecircle.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lifecircle.model.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lifecircle bench engine|catchments|supply|city|suggest}: benchmarks that write their figures under bench/results/. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and write its figures under bench/results/ (engine needs the PostgreSQL of"
                + " .ci/setup-postgres.sh, or LIFECIRCLE_DB_URL/USER/PASSWORD).")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "Which benchmark: engine, catchments, supply, city or suggest.")
    String which;

    @Option(names = "--shared-data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder with the shared test data (default: ${DEFAULT-VALUE}).")
    Path sharedData;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",", defaultValue = "250000,500000,1000000,2000000",
            description = "bench city: walking-node counts of the generated cities (default: ${DEFAULT-VALUE}).")
    java.util.List<Integer> sizes;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the results (default: bench/results/NAME.md).")
    Path report;

    @Override
    public Integer call() throws Exception {
        Path file = report != null ? report : Path.of("bench", "results", which + ".md");
        Path written = switch (which) {
            case "engine" -> new EngineBenchmark(EngineBenchmark.Settings.fromEnvironment(sharedData, file), System.out).run();
            case "catchments" -> new CatchmentBenchmark(sharedData, file, System.out).run();
            case "supply" -> new SupplyBenchmark(sharedData, file, System.out).run();
            case "city" -> new CityBenchmark(sizes, file, System.out).run();
            case "suggest" -> new SuggestBenchmark(file, System.out).run();
            default -> throw new InvalidInputException("unknown benchmark '" + which + "' (known: engine, catchments,"
                    + " supply, city, suggest)");
        };
        System.out.println("bench: wrote " + written);
        return 0;
    }
}
