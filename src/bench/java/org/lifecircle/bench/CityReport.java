package org.lifecircle.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.demo.city.CityGenerator;

/** bench/results/city.md: a table per size, then the targets for the largest size measured. */
final class CityReport {

    static final double COVERAGE_TARGET_SECONDS = 60;
    static final double IMPORT_TARGET_SECONDS = 120;
    static final double STORE_TARGET_BYTES_PER_NODE = 300;
    static final double GRAPH_TARGET_BYTES_PER_NODE = 60;
    private static final List<String> COVERAGE_STEPS = List.of("coverage: read inputs (PBF, graph, files)",
            "coverage: analysis (every rule)", "coverage: write outputs");

    private CityReport() {
    }

    static void write(Path file, List<CityBenchmark.SizeFigures> sizes) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# City benchmark (`lifecircle bench city`)\n\n")
                .append("The generated city (`lifecircle generate city`, seed ").append(CityGenerator.DEFAULT_SEED)
                .append(") at each size, through the pipeline step by step. Machine: 2 cores shared with other\n")
                .append("workers (times vary by about a fifth between runs), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors seen by the JVM, maximum heap ")
                .append(Runtime.getRuntime().maxMemory() / (1 << 20)).append(" MB (the launcher's bench settings:\n")
                .append("`-Xms4g -Xmx4g`). Peak heap: the heap pools' peak usage (MemoryPoolMXBean), reset at each step's start\n")
                .append("and summed at its end: it counts garbage not yet collected, so it is what the heap had to hold\n")
                .append("at most, not what the step keeps. Graph in memory: `WalkingGraph.memoryBytes()` (its arrays);\n")
                .append("retained: used heap after GC with the graph minus before. Store: the embedded SQLite store's\n")
                .append("files after the import (database and write-ahead log; the graph cache counted apart).\n")
                .append("\"coverage from PBF\" is what `lifecircle coverage` does: read inputs, analysis, write outputs.\n\n");
        for (CityBenchmark.SizeFigures size : sizes) {
            sizeTable(md, size);
        }
        targets(md, sizes.get(sizes.size() - 1));
        ReportFile.write(file, out -> out.write(md.toString()));
    }

    private static void sizeTable(StringBuilder md, CityBenchmark.SizeFigures size) {
        md.append(String.format(Locale.ROOT, "## %,d walking nodes asked%n%n", size.city().walkingNodesAsked()));
        md.append(String.format(Locale.ROOT, "Walking graph %,d nodes, %,d edges; %,d OSM nodes, %,d ways; %,d areas"
                + " (%,d gated); %,d facilities; %d districts, %d streets, %,d communities; input files %.1f MB.%n%n",
                size.graphNodes(), size.graphEdges(), size.city().osmNodes(), size.city().osmWays(), size.city().areas(),
                size.city().compounds(), size.city().facilities(), size.city().districts(), size.city().streets(),
                size.city().communities(), size.inputBytes() / 1e6));
        md.append("| step | time (s) | peak heap (MB) |\n|---|---:|---:|\n");
        for (CityBenchmark.Step step : size.steps()) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f |%n", step.name(), step.seconds(),
                    step.peakHeapBytes() / 1e6));
        }
        md.append(String.format(Locale.ROOT, "| coverage from PBF (the three coverage steps) | %.1f | |%n",
                coverageSeconds(size)));
        md.append("\nThe coverage run's own laps (ms): ");
        size.coverageLaps().forEach((lap, millis) -> md.append(String.format(Locale.ROOT, "%s %.0f; ", lap, millis)));
        md.append(String.format(Locale.ROOT, "%n%n| per walking node | bytes |%n|---|---:|%n"
                + "| graph arrays in memory | %.1f |%n| graph retained on the heap | %.1f |%n"
                + "| embedded store on disk | %.1f |%n| graph cache on disk | %.1f |%n%n",
                (double) size.graphMemoryBytes() / size.graphNodes(), (double) size.graphRetainedBytes() / size.graphNodes(),
                (double) size.storeBytes() / size.graphNodes(), (double) size.cacheBytes() / size.graphNodes()));
        if (!size.storeTables().isEmpty()) {
            md.append("Largest parts of the store file (SQLite dbstat): ");
            size.storeTables().entrySet().stream().limit(6).forEach(entry -> md.append(String.format(Locale.ROOT,
                    "%s %.1f MB (%.0f B/node); ", entry.getKey(), entry.getValue() / 1e6,
                    (double) entry.getValue() / size.graphNodes())));
            md.append("\n\n");
        }
    }

    static double coverageSeconds(CityBenchmark.SizeFigures size) {
        return COVERAGE_STEPS.stream().mapToDouble(name -> size.step(name).seconds()).sum();
    }

    private static void targets(StringBuilder md, CityBenchmark.SizeFigures size) {
        md.append(String.format(Locale.ROOT, "## Targets (largest size run: %,d walking nodes)%n%n",
                size.graphNodes()));
        md.append("| target | figure | result |\n|---|---:|---|\n");
        double coverage = coverageSeconds(size);
        double importSeconds = size.step("import (embedded store)").seconds();
        double store = (double) size.storeBytes() / size.graphNodes();
        double graph = (double) size.graphMemoryBytes() / size.graphNodes();
        row(md, "coverage from PBF <= 60 s", String.format(Locale.ROOT, "%.1f s", coverage), coverage <= COVERAGE_TARGET_SECONDS);
        row(md, "import <= 120 s (embedded)", String.format(Locale.ROOT, "%.1f s", importSeconds),
                importSeconds <= IMPORT_TARGET_SECONDS);
        row(md, "store <= 300 bytes per walking node", String.format(Locale.ROOT, "%.0f B", store),
                store <= STORE_TARGET_BYTES_PER_NODE);
        row(md, "graph <= 60 bytes per node in memory", String.format(Locale.ROOT, "%.1f B", graph),
                graph <= GRAPH_TARGET_BYTES_PER_NODE);
        md.append('\n');
        dominating(md, size, coverage, importSeconds, store);
        if (graph > GRAPH_TARGET_BYTES_PER_NODE) {
            md.append(String.format(Locale.ROOT, "- Graph: the node columns are 16 B per node (longitude and latitude as"
                    + " E7 ints, the 8-byte OSM id) plus component labels; the other %.1f B per node are the %.2f edges"
                    + " per node (records, way ids, shape points), the adjacency lists and the edge index.%n",
                    graph - 16, (double) size.graphEdges() / size.graphNodes()));
        }
    }

    private static void row(StringBuilder md, String target, String figure, boolean pass) {
        md.append("| ").append(target).append(" | ").append(figure).append(" | ").append(pass ? "pass" : "FAIL")
                .append(" |\n");
    }

    /** For each missed target, the step or part that takes most of it. */
    private static void dominating(StringBuilder md, CityBenchmark.SizeFigures size, double coverage,
                                   double importSeconds, double store) {
        if (coverage > COVERAGE_TARGET_SECONDS) {
            CityBenchmark.Step slowest = COVERAGE_STEPS.stream().map(size::step)
                    .max((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
            md.append(String.format(Locale.ROOT, "- Coverage: %s takes %.1f s of %.1f s.%n", slowest.name(),
                    slowest.seconds(), coverage));
        }
        if (importSeconds > IMPORT_TARGET_SECONDS) {
            double read = size.step(COVERAGE_STEPS.get(0)).seconds();
            md.append(String.format(Locale.ROOT, "- Import: reading the inputs takes about %.1f s (as in coverage),"
                    + " writing the store the other %.1f s.%n", read, importSeconds - read));
        }
        if (store > STORE_TARGET_BYTES_PER_NODE && !size.storeTables().isEmpty()) {
            Map.Entry<String, Long> largest = size.storeTables().entrySet().iterator().next();
            md.append(String.format(Locale.ROOT, "- Store: the largest part is %s, %.0f bytes per walking node.%n",
                    largest.getKey(), (double) largest.getValue() / size.graphNodes()));
        }
    }
}
