package org.lifecircle.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lifecircle.network.WalkingGraph;

/** bench/results/suggest.md: what {@link SuggestBenchmark} measured, pass or fail against 10 s. */
final class SuggestReport {

    private SuggestReport() {
    }

    static void write(Path file, WalkingGraph graph, double cityMillis, SupplyPlacement placement, int candidates,
                      int coveredAreas, List<SuggestBenchmark.Run> runs) {
        ReportFile.write(file, out -> {
            out.write("# Suggest benchmark\n\n");
            out.write(ReportFile.writtenBy(SuggestBenchmark.class, "lifecircle bench suggest"));
            out.write(String.format(Locale.ROOT, "Generated city (demo.city, seed %d): %,d nodes, %,d edges; generated and"
                            + " read in %.1f s (not timed). %,d areas and %,d existing + %,d candidate sites placed in the"
                            + " central %.1f km square (SupplyPlacement, seed 1); the existing facilities cover %,d areas"
                            + " at %.0f m (the baseline). K = %d. One thread; the machine is shared (2 cores, other"
                            + " agents), so times are upper figures.%n%n", org.lifecircle.demo.city.CityGenerator.DEFAULT_SEED,
                    graph.nodeCount(), graph.edgeCount(), cityMillis / 1000, placement.access().areaCount(),
                    SuggestBenchmark.EXISTING, candidates, placement.squareMeters() / 1000, coveredAreas,
                    SuggestBenchmark.LIMIT_METERS, SuggestBenchmark.COUNT));
            out.write(String.format(Locale.ROOT, "System load average (1 min) when written: %.1f on %d cores.%n%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            out.write("A run's time is the candidates' snapping and bounded searches (SiteReach: reach pairs, only areas"
                    + " not covered yet kept) plus the solve (greedy, 1-opt interchange, Lagrangian bound; no CP-SAT"
                    + " above 2,000 candidates).\n\n");
            out.write("| run | reach (s) | solve (s) | total (s) | pairs | method | objective | bound | gap | target 10 s |\n");
            out.write("|---|---|---|---|---|---|---|---|---|---|\n");
            for (int r = 0; r < runs.size(); r++) {
                SuggestBenchmark.Run run = runs.get(r);
                out.write(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %,d | %s | %,.1f | %,.1f | %.4f %% | %s |%n",
                        r == 0 ? "cold" : "warm " + r, run.reachSeconds(), run.solveSeconds(), run.totalSeconds(),
                        run.pairs(), run.solution().method().id(), run.solution().objective(), run.solution().bound(),
                        100 * run.solution().gap(), run.totalSeconds() <= SuggestBenchmark.TARGET_SECONDS ? "pass"
                                : "FAIL"));
            }
        });
    }
}
