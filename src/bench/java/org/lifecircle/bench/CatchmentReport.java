package org.lifecircle.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The catchment benchmark's figures as markdown: machine, method, targets, tables. */
final class CatchmentReport {

    private static final double DISSOLVE_TARGET_MILLIS = 2_000;
    private static final double OVERLAP_TARGET_MILLIS = 10_000;

    /** Dissolved catchments of one category on Chengdu. */
    record Dissolved(String category, int facilities, double meters, double planarMillis, double firstMillis,
                     double medianMillis, double perFacilityMillis, double areaSquareMeters, double areaDifference) {
    }

    /** One way of merging pieces, timed on a sample of facilities. */
    record Strategy(String name, double millisPerPolygon, double worstAreaDifference) {
    }

    /** Per-facility polygons on Heidelberg. */
    record Overlap(int nodes, int edges, int segments, int facilities, double meters, double planarMillis,
                   double parallelColdMillis, double parallelWarmMillis, double singleThreadColdMillis, int cores,
                   List<Strategy> strategies) {
    }

    private final String systemLoad;
    private final List<Dissolved> chengdu;
    private final Overlap heidelberg;

    CatchmentReport(String systemLoad, List<Dissolved> chengdu, Overlap heidelberg) {
        this.systemLoad = systemLoad;
        this.chengdu = List.copyOf(chengdu);
        this.heidelberg = heidelberg;
    }

    void write(Path file) {
        ReportFile.write(file, this::writeTo);
    }

    private void writeTo(Writer out) throws IOException {
        out.write("# Catchment polygon benchmark\n\n");
        out.write(ReportFile.writtenBy(CatchmentBenchmark.class, "./lifecircle bench catchments"));
        Runtime runtime = Runtime.getRuntime();
        out.write("## Machine\n\n- " + runtime.availableProcessors() + " cores available to the JVM, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", options "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + "\n- System load average (1 min): "
                + systemLoad + "; other processes share the cores, so wall times vary between runs\n\n");
        writeMethod(out);
        writeTargets(out);
        writeChengdu(out);
        writeHeidelberg(out);
    }

    private void writeMethod(Writer out) throws IOException {
        out.write("## Method\n\n");
        out.write("- Polygons are the reached edge pieces widened by 40 m (`CatchmentPolygons`, default thin-outline"
                + " union). Times are wall-clock, after a JIT warm-up on another planar network of the same graph.\n");
        out.write("- The planar network (edges projected and snap-rounded once per graph) is timed separately: a"
                + " server or batch run builds it once. It also remembers the cores of faces it has met (a block"
                + " inside many catchments is eroded once), so a first run on a fresh network (\"cold\") is slower"
                + " than later runs (\"warm\"); both are given.\n");
        out.write("- Chengdu: facilities of each category extracted from the OSM file, thresholds of the default"
                + " profile (tianjin-2022). \"One search per facility\" builds each facility's own polygon (one"
                + " bounded single-source search each) and merges them with JTS (OverlayNG unary union): the"
                + " straightforward way, in the same run; the area difference shows both give the same polygon.\n");
        out.write(String.format(Locale.ROOT, "- Heidelberg: %d facilities at random points up to about 100 m from"
                + " random nodes (seeded), snapped to the network; %.0f m. The union strategies are compared on the"
                + " first %d facilities, one thread, each on a fresh planar network.%n%n", heidelberg.facilities(),
                heidelberg.meters(), CatchmentBenchmark.REFERENCE_SAMPLE));
    }

    private void writeTargets(Writer out) throws IOException {
        out.write("## Targets\n\n| target | figure | result |\n|---|---|---|\n");
        for (Dissolved d : chengdu) {
            out.write(String.format(Locale.ROOT, "| dissolved %s catchments, Chengdu, under 2 s | %.0f ms (cold),"
                    + " %.0f ms (warm); + %.0f ms planar network once | %s |%n", d.category(), d.firstMillis(),
                    d.medianMillis(), d.planarMillis(), verdict(d.firstMillis(), DISSOLVE_TARGET_MILLIS)));
        }
        out.write(String.format(Locale.ROOT, "| %d per-facility polygons, Heidelberg, under 10 s | %.1f s (%d"
                + " threads, cold), %.1f s (warm); + %.1f s planar network once | %s |%n%n", heidelberg.facilities(),
                heidelberg.parallelColdMillis() / 1000, heidelberg.cores(), heidelberg.parallelWarmMillis() / 1000,
                heidelberg.planarMillis() / 1000, verdict(heidelberg.parallelColdMillis(), OVERLAP_TARGET_MILLIS)));
    }

    private void writeChengdu(Writer out) throws IOException {
        out.write("## Chengdu: dissolved catchments per category\n\n");
        out.write("| category | facilities | limit | engine, cold | engine, warm (median of " + CatchmentBenchmark.CHENGDU_RUNS
                + ") | one search per facility + JTS union | area | area difference |\n|---|---|---|---|---|---|---|---|\n");
        for (Dissolved d : chengdu) {
            out.write(String.format(Locale.ROOT, "| %s | %d | %.0f m | %.0f ms | %.0f ms | %.0f ms | %.2f km² | %.4f %% |%n",
                    d.category(), d.facilities(), d.meters(), d.firstMillis(), d.medianMillis(),
                    d.perFacilityMillis(), d.areaSquareMeters() / 1e6, 100 * d.areaDifference()));
        }
        out.write("\n");
    }

    private void writeHeidelberg(Writer out) throws IOException {
        Overlap h = heidelberg;
        out.write(String.format(Locale.ROOT, "## Heidelberg: %d per-facility polygons at %.0f m%n%n", h.facilities(),
                h.meters()));
        out.write(String.format(Locale.ROOT, "Graph: %,d nodes, %,d edges; planar network %,d segments, built in %.1f s."
                + "%n%n", h.nodes(), h.edges(), h.segments(), h.planarMillis() / 1000));
        out.write("| run | wall time | per polygon |\n|---|---|---|\n");
        row(out, h.cores() + " threads, cold", h.parallelColdMillis(), h.facilities());
        row(out, h.cores() + " threads, warm", h.parallelWarmMillis(), h.facilities());
        row(out, "1 thread, cold", h.singleThreadColdMillis(), h.facilities());
        out.write("\n### Union strategies (one thread, first " + CatchmentBenchmark.REFERENCE_SAMPLE
                + " facilities, each polygon from its own search)\n\n");
        out.write("| strategy | ms per polygon | 1,000 polygons at that rate | worst area difference to THIN_OUTLINE |\n"
                + "|---|---|---|---|\n");
        for (Strategy s : h.strategies()) {
            out.write(String.format(Locale.ROOT, "| %s | %.1f | %.0f s | %.3f %% |%n", s.name(), s.millisPerPolygon(),
                    s.millisPerPolygon() * h.facilities() / 1000, 100 * s.worstAreaDifference()));
        }
        out.write("\n");
    }

    private static void row(Writer out, String run, double millis, int polygons) throws IOException {
        out.write(String.format(Locale.ROOT, "| %s | %.1f s | %.1f ms |%n", run, millis / 1000, millis / polygons));
    }

    private static String verdict(double millis, double target) {
        return millis < target ? "pass" : "**MISSED**";
    }
}
