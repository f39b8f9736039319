package org.lifecircle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The engine benchmark's figures as markdown: machine, method, targets, one table per graph. */
final class EngineReport {

    private static final double MIN_SPEEDUP = 20;
    private static final double MAX_SWEEP_MILLIS = 300;
    private static final double MAX_BYTES_PER_NODE = 100;

    private final String server;
    private final String systemLoad;
    private final List<GraphFigures> graphs;

    /**
     * @param server database and extension versions
     * @param systemLoad the machine's load averages during the run (other work skews timings)
     */
    EngineReport(String server, String systemLoad, List<GraphFigures> graphs) {
        this.server = server;
        this.systemLoad = systemLoad;
        this.graphs = List.copyOf(graphs);
    }

    void write(Path file) {
        ReportFile.write(file, this::writeTo);
    }

    private void writeTo(Writer out) throws IOException {
        out.write("# Engine benchmark\n\n");
        out.write(ReportFile.writtenBy(EngineBenchmark.class, "./lifecircle bench engine"));
        writeMachine(out);
        writeMethod(out);
        writeTargets(out);
        for (GraphFigures graph : graphs) {
            writeGraph(out, graph);
        }
    }

    private void writeMachine(Writer out) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        out.write("## Machine\n\n");
        out.write("- CPU: " + runtime.availableProcessors() + " cores available to the JVM, " + cpuModel() + " ("
                + System.getProperty("os.arch") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ")\n");
        out.write("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + runtime.maxMemory() / (1 << 20) + " MB, options "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + ", collectors "
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList() + "\n");
        out.write("- System load average (1 min): " + systemLoad + "; other processes share the cores, so"
                + " single timings vary, which is why medians are given\n");
        out.write("- Database: " + server + ", same machine, default configuration\n\n");
    }

    /** The CPU model from /proc/cpuinfo where there is one. */
    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try (Stream<String> lines = Files.isReadable(cpuinfo) ? Files.lines(cpuinfo) : Stream.empty()) {
            return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("CPU model unknown");
        } catch (IOException | UncheckedIOException e) {
            return "CPU model unknown";
        }
    }

    private void writeMethod(Writer out) throws IOException {
        out.write("## Method\n\n");
        out.write(String.format(Locale.ROOT, "- Sources are random distinct nodes (seeded); the engine and pgRouting get"
                + " the same sets on the same graph; limit %.0f m unless stated.%n", EngineBenchmark.MAX_WALK_METERS));
        out.write(String.format(Locale.ROOT, "- Engine: wall-clock time of `new MultiSourceSearch(graph, sources)"
                + ".maxWalkMeters(limit).run()` on one thread, median of at least %d runs and %.0f s of runs, after a"
                + " warm-up of at least %d rounds and %.0f s over all source sets of the graph and one more run"
                + " per figure; it includes allocating the per-node result arrays. Nodes settled = nodes within"
                + " the limit.%n", EngineBenchmark.ENGINE_RUNS, EngineBenchmark.ENGINE_MIN_MILLIS / 1000,
                EngineBenchmark.ENGINE_WARMUP_ROUNDS, EngineBenchmark.ENGINE_WARMUP_MILLIS / 1000));
        out.write(String.format(Locale.ROOT, "- pgRouting time is the server-side `Execution Time` of `EXPLAIN (ANALYZE,"
                + " FORMAT JSON)` over the same query: it includes pgRouting's read of the edges SQL (a temporary"
                + " table of all edges, plus the virtual source edges for the super source) and excludes network"
                + " round trips and the client. Median of at least %d runs and %.0f s of runs after one warm-up"
                + " run (a run over %.0f s is reported alone; runs estimated over %.0f s are skipped).%n",
                EngineBenchmark.PG_RUNS, EngineBenchmark.PG_MIN_MILLIS / 1000, EngineBenchmark.PG_SLOW_RUN_MILLIS / 1000,
                EngineBenchmark.PG_BUDGET_MILLIS / 1000));
        out.write("- pgRouting exact = a super source: one virtual vertex joined to every source by a zero-cost edge,"
                + " single-source `pgr_drivingDistance(..., directed => false)`. It returns exactly the engine's"
                + " distances (PgRoutingOracleTest). pgRouting equicost = `pgr_drivingDistance(edges, ARRAY[sources],"
                + " limit, directed => false, equicost => true)`, which is NOT exact (some nodes get a farther source's"
                + " distance or are missing; see PgRoutingOracleTest); it is listed because it is what users reach for.\n");
        out.write("- Graph memory: used heap after GC with the graph minus before building it (retained heap), and"
                + " `WalkingGraph.memoryBytes()` (the arrays it holds, spatial index included). With G1 an array"
                + " larger than half a region is humongous and occupies whole regions, so the retained heap can"
                + " exceed the arrays' bytes by up to one region per large array.\n\n");
    }

    private void writeTargets(Writer out) throws IOException {
        out.write("## Targets\n\n| target | graph | figure | result |\n|---|---|---|---|\n");
        for (GraphFigures graph : graphs) {
            for (GraphFigures.Search search : graph.searches()) {
                if ((search.sources() == 100 || search.sources() == 1000) && search.exact().measured()) {
                    double ratio = search.exact().millis() / search.engineMillis();
                    target(out, "engine >= 20x faster than pgRouting exact, " + search.sources() + " sources",
                            graph.name(), format("%.0fx", ratio), ratio >= MIN_SPEEDUP);
                }
            }
        }
        for (GraphFigures graph : graphs) {
            for (GraphFigures.Sweep sweep : graph.sweeps()) {
                target(out, "bounded sweep settling >= 1M nodes under 0.3 s (" + sweep.sources() + ")", graph.name(),
                        format("%.0f ms, %,d nodes", sweep.millis(), sweep.settledNodes()),
                        sweep.millis() < MAX_SWEEP_MILLIS && sweep.settledNodes() >= 1_000_000);
            }
        }
        for (GraphFigures graph : graphs) {
            GraphFigures.Build build = graph.build();
            target(out, "graph memory < 100 bytes/node (retained heap)", graph.name(),
                    format("%.1f bytes/node", build.heapBytesPerNode()), build.heapBytesPerNode() < MAX_BYTES_PER_NODE);
            target(out, "graph memory < 100 bytes/node (memoryBytes())", graph.name(),
                    format("%.1f bytes/node", build.memoryBytesPerNode()), build.memoryBytesPerNode() < MAX_BYTES_PER_NODE);
        }
        out.write("\n");
    }

    private static void target(Writer out, String target, String graph, String figure, boolean pass) throws IOException {
        out.write("| " + target + " | " + graph + " | " + figure + " | " + (pass ? "pass" : "**FAIL**") + " |\n");
    }

    private void writeGraph(Writer out, GraphFigures graph) throws IOException {
        GraphFigures.Build build = graph.build();
        out.write("## " + graph.name() + "\n\n");
        out.write(format("%s: %,d nodes, %,d edges. Build %.2f s (%s). Retained heap %.1f MB (%.1f bytes/node);"
                        + " `memoryBytes()` %.1f MB (%.1f bytes/node). COPY into pgRouting's table: %.1f s.%n%n",
                graph.origin(), build.nodes(), build.edges(), build.seconds(),
                graph.buildSteps(),
                build.heapDeltaBytes() / 1e6, build.heapBytesPerNode(), build.memoryBytes() / 1e6,
                build.memoryBytesPerNode(), graph.pgCopySeconds()));
        out.write("| sources | engine ms | nodes settled | pgRouting exact ms | exact / engine"
                + " | pgRouting equicost ms | equicost / engine |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (GraphFigures.Search search : graph.searches()) {
            out.write(format("| %,d | %.2f | %,d | %s | %s | %s | %s |%n", search.sources(), search.engineMillis(),
                    search.settledNodes(), pgCell(search.exact()), ratioCell(search.exact(), search.engineMillis()),
                    pgCell(search.equicost()), ratioCell(search.equicost(), search.engineMillis())));
        }
        out.write("\n");
        for (GraphFigures.Sweep sweep : graph.sweeps()) {
            out.write(format("Bounded sweep, %s at %.0f m: %,d nodes settled in %.1f ms (median of %d runs,"
                            + " %.0f ns per node).%n%n", sweep.sources(), sweep.maxWalkMeters(), sweep.settledNodes(),
                    sweep.millis(), sweep.runs(), sweep.millis() * 1e6 / sweep.settledNodes()));
        }
    }

    private static String pgCell(GraphFigures.PgTime time) {
        if (!time.measured()) {
            return time.note();
        }
        return format("%.1f", time.millis()) + (time.note().isEmpty() ? "" : " (" + time.note() + ")");
    }

    private static String ratioCell(GraphFigures.PgTime time, double engineMillis) {
        return time.measured() ? format("%.0fx", time.millis() / engineMillis) : "-";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
