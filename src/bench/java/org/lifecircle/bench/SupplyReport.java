package org.lifecircle.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The supply benchmark's figures as markdown: machine, method, targets, one table per graph. */
final class SupplyReport {

    static final double TARGET_MILLIS = 2_000;

    private final double loadBefore;
    private final double loadAfter;
    private final List<SupplyBenchmark.GraphRun> graphs;

    SupplyReport(double loadBefore, double loadAfter, List<SupplyBenchmark.GraphRun> graphs) {
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
        this.graphs = List.copyOf(graphs);
    }

    void write(Path file) {
        ReportFile.write(file, this::writeTo);
    }

    private void writeTo(Writer out) throws IOException {
        out.write("# Supply and demand benchmark\n\n");
        out.write(ReportFile.writtenBy(SupplyBenchmark.class, "./lifecircle bench supply"));
        Runtime runtime = Runtime.getRuntime();
        out.write(String.format(Locale.ROOT, "## Machine%n%n- %d core(s) available to the JVM (%s), %s %s, max heap %d MB,"
                + " options %s%n- System load average (1 min): %.2f at the start, %.2f at the end. The machine's cores"
                + " are shared with other workers (a load near or above the core count means the timed thread waited"
                + " for a core at times), so wall times vary between runs and are upper bounds for an idle core%n%n",
                runtime.availableProcessors(),
                runtime.availableProcessors() == 1 ? "the whole JVM, GC included, pinned to one core" : "the pipeline"
                        + " itself runs on one thread; GC and JIT threads may use another core", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), runtime.maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), loadBefore, loadAfter));
        writeMethod(out);
        writeTargets(out);
        for (SupplyBenchmark.GraphRun graph : graphs) {
            writeGraph(out, graph);
        }
    }

    private void writeMethod(Writer out) throws IOException {
        out.write("## Method\n\n");
        out.write("- Placement (seeded, `SupplyPlacement`): uniform points in a square centred on the graph; an area is"
                + " a 60 m square compound whose access points are sampled and snapped as a coverage run does"
                + " (`AreaAccess.of`: outline every 50 m and the interior point, 300 m limit); a facility is a point"
                + " snapped to its nearest edge. Residents of the demand group 20-120 per area, places 100-599 per"
                + " facility. Placing and snapping are done once per dataset and are not in the timed pipeline.\n");
        out.write("- Timed pipeline, one thread: `FacilityReach` (one bounded search per facility on a reusable"
                + " workspace, all pairs within the limit), `TwoStepFloatingCatchment` (step weights; ratios and"
                + " access per 1,000), `ServedDemand` (residents rounded, most served then least walk, exact network"
                + " simplex, started from the greedy nearest-first assignment). Wall-clock times from the pairs' search"
                + " to the assignment's result; the targets are judged on them. Thread CPU: the CPU time of the timed"
                + " thread over the same span (`ThreadMXBean`), which leaves out the time it waited for a core on the"
                + " shared machine and the GC's own threads.\n");
        out.write("- Cold: the first pipeline run in the JVM (1,000 m), JIT compilation included. Warm: median (by"
                + " total) of " + SupplyBenchmark.WARM_RUNS + " runs per limit after it.\n");
        out.write("- Alternatives, same run: one `MultiSourceSearch` per facility (the search alone, allocating its"
                + " graph-size labels every time) on the first " + SupplyBenchmark.SAMPLE_FACILITIES + " facilities,"
                + " whose pairs are also checked against `FacilityReach`'s, double for double; `FacilityReach` on two"
                + " threads when the JVM has two cores.\n");
        out.write("- Heidelberg holds far fewer than 30,000 compounds: it gets the synthetic city's densities (48 areas"
                + " and 8 facilities per km²) in a square as wide as the shorter side of its core (the 5th to 95th"
                + " percentiles of its nodes' coordinates; its full box spans 100 km for long ways far out), centred on"
                + " that core.\n\n");
    }

    private void writeTargets(Writer out) throws IOException {
        out.write("## Targets\n\n| target | figure | result |\n|---|---|---|\n");
        for (SupplyBenchmark.GraphRun graph : graphs) {
            String what = String.format(Locale.ROOT, "%,d facilities and %,d areas, %s", graph.placement().facilities()
                    .size(), graph.areas(), graph.name());
            SupplyBenchmark.Pipeline cold = graph.cold();
            out.write(String.format(Locale.ROOT, "| %s, %.0f m, cold, <= 2 s | %.2f s (thread CPU %.2f s) | %s |%n",
                    what, cold.limitMeters(), cold.totalMillis() / 1000, cold.cpuMillis() / 1000,
                    verdict(cold.totalMillis())));
            for (SupplyBenchmark.Pipeline warm : graph.warm()) {
                out.write(String.format(Locale.ROOT, "| %s, %.0f m, warm, <= 2 s | %.2f s (thread CPU %.2f s) | %s |%n",
                        what, warm.limitMeters(), warm.totalMillis() / 1000, warm.cpuMillis() / 1000,
                        verdict(warm.totalMillis())));
            }
        }
        out.write("\n");
    }

    private void writeGraph(Writer out, SupplyBenchmark.GraphRun g) throws IOException {
        SupplyPlacement p = g.placement();
        out.write(String.format(Locale.ROOT, "## %s%n%n%,d nodes, %,d edges, built in %.1f s. %,d facilities (%,d snapped)"
                + " and %,d areas (%,d access points) in a %.1f km square, placed and snapped in %.1f s.%n%n",
                g.name(), g.nodes(), g.edges(), g.buildMillis() / 1000, p.facilities().size(), p.snappedFacilities(),
                g.areas(), p.accessPoints(), p.squareMeters() / 1000, p.snapMillis() / 1000));
        out.write("| run | limit | pairs | reach | 2SFCA | served demand | total | thread CPU | residents served |"
                + " total walk |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        row(out, "cold", g.cold());
        for (SupplyBenchmark.Pipeline warm : g.warm()) {
            row(out, "warm", warm);
        }
        SupplyBenchmark.Alternatives alt = g.alternatives();
        SupplyBenchmark.Pipeline last = g.warm().get(g.warm().size() - 1);
        int snapped = Math.max(1, p.snappedFacilities());
        out.write(String.format(Locale.ROOT, "%nReach at %.0f m, per facility: `FacilityReach` %.3f ms (search and"
                + " lookup of the areas); one `MultiSourceSearch` per facility %.3f ms for the search alone (%.1f s for"
                + " %,d facilities); its pairs %s `FacilityReach`'s.%n", last.limitMeters(), last.reachMillis() / snapped,
                alt.searchOnlyMillisPerFacility(), alt.searchOnlyMillisPerFacility() * snapped / 1000, snapped,
                alt.sampleIdentical() ? "equal" : "**DIFFER FROM**"));
        if (Double.isNaN(alt.twoThreadMillis())) {
            out.write("Two threads: not measured (one core available).\n\n");
        } else {
            out.write(String.format(Locale.ROOT, "Two threads: `FacilityReach` %.0f ms against %.0f ms on one; pairs %s.%n%n",
                    alt.twoThreadMillis(), last.reachMillis(), alt.twoThreadIdentical() ? "identical" : "**DIFFERENT**"));
        }
    }

    private static void row(Writer out, String run, SupplyBenchmark.Pipeline p) throws IOException {
        out.write(String.format(Locale.ROOT, "| %s | %.0f m | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms |"
                + " %,d of %,d (%,d places) | %.1f km |%n", run, p.limitMeters(), p.pairs(), p.reachMillis(),
                p.accessMillis(), p.servedMillis(), p.totalMillis(), p.cpuMillis(), p.served(), p.residents(), p.places(),
                p.costDecimeters() / 10_000.0));
    }

    private static String verdict(double millis) {
        return millis <= TARGET_MILLIS ? "pass" : "**MISSED**";
    }
}
