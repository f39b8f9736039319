package org.lifecircle.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.lifecircle.coverage.FacilityReach;
import org.lifecircle.coverage.ReachPairs;
import org.lifecircle.demo.city.CityGenerator;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.plan.CandidateSite;
import org.lifecircle.plan.CoveringSolution;
import org.lifecircle.plan.MaximalCovering;
import org.lifecircle.plan.SiteReach;
import org.lifecircle.plan.SuggestionInstance;

/**
 * {@code lifecircle bench suggest}: 5,000 candidate sites, 30,000 areas, K = 20 at 1,000 m on the
 * largest generated city ({@code demo.city}, 2 million walking nodes), against 10 s. Areas and
 * sites are placed as in the supply benchmark ({@link SupplyPlacement}, central square of the
 * city); the first 500 placed facilities are the existing ones (their coverage is the baseline),
 * the next 5,000 the candidates. Timed: snapping the candidates and one bounded search each
 * ({@link SiteReach}), then the solve ({@link MaximalCovering}: greedy, interchange and the
 * Lagrangian bound; more than 2,000 candidates, so no CP-SAT). Not timed: generating and reading
 * the city, placing and snapping the areas, the baseline. One cold run, then three warm ones.
 */
final class SuggestBenchmark {

    static final int WALKING_NODES = 2_000_000;
    static final int EXISTING = 500;
    static final int CANDIDATES = 5_000;
    static final int AREAS = 30_000;
    static final int COUNT = 20;
    static final double LIMIT_METERS = 1000;
    static final double TARGET_SECONDS = 10;
    static final int WARM_RUNS = 3;

    private final Path reportFile;
    private final PrintStream log;

    SuggestBenchmark(Path reportFile, PrintStream log) {
        this.reportFile = reportFile;
        this.log = log;
    }

    /** One timed run: reach and solve seconds, the instance and its solution. */
    record Run(double reachSeconds, double solveSeconds, int pairs, CoveringSolution solution) {
        double totalSeconds() {
            return reachSeconds + solveSeconds;
        }
    }

    Path run() throws IOException {
        Path folder = Files.createTempDirectory("lifecircle-suggest-");
        WalkingGraph graph;
        long start = System.nanoTime();
        try {
            new CityGenerator(folder, WALKING_NODES, CityGenerator.DEFAULT_SEED).generate();
            graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(folder.resolve("network.osm.pbf")).graph();
        } finally {
            CityBenchmark.deleteTree(folder);
        }
        double cityMillis = Measurements.millisSince(start);
        log.println("bench suggest: city of " + graph.nodeCount() + " nodes read");
        SupplyPlacement placement = SupplyPlacement.place(graph, EXISTING + CANDIDATES, AREAS,
                0.8 * shorterSideMeters(graph), 1);
        boolean[] covered = baseline(graph, placement);
        List<CandidateSite> candidates = candidates(placement);
        List<Run> runs = new ArrayList<>();
        for (int r = 0; r <= WARM_RUNS; r++) {
            runs.add(once(graph, placement, candidates, covered));
            log.println("bench suggest: run " + r + " " + String.format(Locale.ROOT, "%.2f s", runs.get(r).totalSeconds()));
        }
        int coveredCount = 0;
        for (boolean c : covered) {
            coveredCount += c ? 1 : 0;
        }
        SuggestReport.write(reportFile, graph, cityMillis, placement, candidates.size(), coveredCount, runs);
        return reportFile;
    }

    private static Run once(WalkingGraph graph, SupplyPlacement placement, List<CandidateSite> candidates,
                            boolean[] covered) {
        long start = System.nanoTime();
        SuggestionInstance problem = new SiteReach(graph, placement.access(), candidates, covered, placement.residents())
                .maxWalkMeters(LIMIT_METERS).run();
        double reach = Measurements.millisSince(start) / 1000;
        start = System.nanoTime();
        CoveringSolution solution = new MaximalCovering(problem.instance(), COUNT).run();
        double solve = Measurements.millisSince(start) / 1000;
        return new Run(reach, solve, problem.instance().pairCount(), solution);
    }

    private static boolean[] baseline(WalkingGraph graph, SupplyPlacement placement) {
        List<Optional<Snap>> existing = placement.facilities().subList(0, EXISTING);
        ReachPairs pairs = new FacilityReach(graph, existing, placement.access()).maxWalkMeters(LIMIT_METERS).run();
        boolean[] covered = new boolean[placement.access().areaCount()];
        for (int p = 0; p < pairs.size(); p++) {
            covered[pairs.area(p)] = true;
        }
        return covered;
    }

    /** The placed facilities after the existing ones that snapped, at their snapped positions. */
    private static List<CandidateSite> candidates(SupplyPlacement placement) {
        List<CandidateSite> sites = new ArrayList<>();
        for (int f = EXISTING; f < placement.facilities().size(); f++) {
            Optional<Snap> snap = placement.facilities().get(f);
            if (snap.isPresent()) {
                sites.add(new CandidateSite("c" + f, "", snap.get().lon(), snap.get().lat(), OptionalInt.empty(),
                        "placed " + f));
            }
        }
        return sites;
    }

    private static double shorterSideMeters(WalkingGraph graph) {
        double[] box = SupplyPlacement.boundsLonLat(graph);
        org.lifecircle.geo.LocalPlane plane = new org.lifecircle.geo.LocalPlane((box[1] + box[3]) / 2);
        return Math.min((box[2] - box[0]) * plane.metersPerDegreeLon(), (box[3] - box[1]) * plane.metersPerDegreeLat());
    }
}
