package org.lifecircle.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.catchment.SourceDistance;
import org.lifecircle.coverage.Accessibility;
import org.lifecircle.coverage.FacilityReach;
import org.lifecircle.coverage.ReachPairs;
import org.lifecircle.coverage.ServedDemand;
import org.lifecircle.coverage.ServedDemandResult;
import org.lifecircle.coverage.TwoStepFloatingCatchment;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * The supply-and-demand benchmark: 5,000 facilities and 30,000 areas on the 2.1-million-node
 * synthetic city (in its central 25 km square), reach pairs, 2SFCA and served demand on one
 * thread at the profiles' limits (300, 500, 1,000 m), target 2 s; the same densities on
 * Heidelberg. Alternatives measured in the same run: one {@code MultiSourceSearch} per facility
 * (sample) and two threads. Writes bench/results/supply.md ({@link SupplyReport}).
 */
public final class SupplyBenchmark {

    static final int FACILITIES = 5_000;
    static final int AREAS = 30_000;
    static final double SYNTHETIC_SQUARE_METERS = 25_000;
    static final double[] LIMITS_METERS = {300, 500, 1000};
    static final int WARM_RUNS = 3;
    static final int SAMPLE_FACILITIES = 20;
    private static final long SEED = 1;

    /** One pipeline run: reach, 2SFCA, served demand. */
    record Pipeline(double limitMeters, int pairs, double reachMillis, double accessMillis, double servedMillis,
                    double cpuMillis, long served, long residents, long places, long costDecimeters, ReachPairs reach) {

        double totalMillis() {
            return reachMillis + accessMillis + servedMillis;
        }

        String describe() {
            return String.format(java.util.Locale.ROOT, "%.0f m: %,d pairs, reach %.0f ms, 2SFCA %.0f ms, served %.0f ms,"
                    + " total %.0f ms (thread CPU %.0f ms); %,d of %,d served", limitMeters, pairs, reachMillis,
                    accessMillis, servedMillis, totalMillis(), cpuMillis, served, residents);
        }
    }

    /** What one graph gave. */
    record GraphRun(String name, int nodes, int edges, double buildMillis, SupplyPlacement placement, int areas,
                    Pipeline cold, List<Pipeline> warm, Alternatives alternatives) {
    }

    /**
     * @param searchOnlyMillisPerFacility one MultiSourceSearch per facility, the search alone
     * @param sampleIdentical whether the sample's pairs from those searches equal FacilityReach's
     * @param twoThreadMillis FacilityReach at 1,000 m on two threads (NaN with one core)
     * @param twoThreadIdentical whether its pairs equal the one-thread pairs
     */
    record Alternatives(double searchOnlyMillisPerFacility, boolean sampleIdentical, double twoThreadMillis,
                        boolean twoThreadIdentical) {
    }

    private final Path sharedData;
    private final Path reportFile;
    private final PrintStream log;

    public SupplyBenchmark(Path sharedData, Path reportFile, PrintStream log) {
        this.sharedData = sharedData;
        this.reportFile = reportFile;
        this.log = log;
    }

    public Path run() {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        WalkingGraph city = SyntheticCity.generate(SEED).graph();
        double cityBuild = Measurements.millisSince(start);
        GraphRun synthetic = measure("Synthetic city (seed 1, 930 x 930 blocks)", city, cityBuild, FACILITIES, AREAS,
                SYNTHETIC_SQUARE_METERS);
        start = System.nanoTime();
        WalkingGraph heidelberg = new OsmNetworkLoader(PedestrianAccess.standard())
                .load(sharedData.resolve("osm/heidelberg-2024.osm.pbf")).graph();
        double heidelbergBuild = Measurements.millisSince(start);
        double side = shorterSideMeters(heidelberg);
        double share = side * side / (SYNTHETIC_SQUARE_METERS * SYNTHETIC_SQUARE_METERS);
        GraphRun osm = measure("Heidelberg (OSM, heidelberg-2024.osm.pbf)", heidelberg, heidelbergBuild,
                (int) Math.round(FACILITIES * share), (int) Math.round(AREAS * share), side);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        new SupplyReport(loadBefore, loadAfter, List.of(synthetic, osm)).write(reportFile);
        return reportFile;
    }

    private GraphRun measure(String name, WalkingGraph graph, double buildMillis, int facilities, int areas,
                             double squareMeters) {
        SupplyPlacement placement = SupplyPlacement.place(graph, facilities, areas, squareMeters, SEED);
        log.printf("%s: %,d nodes; %d facilities (%d snapped), %d areas, %,d access points, placed in %.0f ms%n",
                name, graph.nodeCount(), facilities, placement.snappedFacilities(), areas, placement.accessPoints(),
                placement.snapMillis());
        if (placement.snappedFacilities() < facilities / 2 || placement.accessPoints() == 0) {
            throw new IllegalStateException(name + ": the placement missed the network (" + placement.snappedFacilities()
                    + " facilities snapped); no figure to give");
        }
        Pipeline cold = pipeline(graph, placement, LIMITS_METERS[LIMITS_METERS.length - 1]);
        log.println("  cold " + cold.describe());
        List<Pipeline> warm = new ArrayList<>();
        for (double limit : LIMITS_METERS) {
            List<Pipeline> runs = new ArrayList<>();
            for (int i = 0; i < WARM_RUNS; i++) {
                runs.add(pipeline(graph, placement, limit));
            }
            runs.sort(Comparator.comparingDouble(Pipeline::totalMillis));
            warm.add(runs.get(runs.size() / 2));
            log.println("  warm " + warm.get(warm.size() - 1).describe());
        }
        Alternatives alternatives = alternatives(graph, placement, warm.get(warm.size() - 1));
        log.println("  " + alternatives);
        return new GraphRun(name, graph.nodeCount(), graph.edgeCount(), buildMillis, placement, areas, cold, warm,
                alternatives);
    }

    static Pipeline pipeline(WalkingGraph graph, SupplyPlacement placement, double limitMeters) {
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ReachPairs reach = new FacilityReach(graph, placement.facilities(), placement.access())
                .maxWalkMeters(limitMeters).run();
        double reachMillis = Measurements.millisSince(start);
        start = System.nanoTime();
        double[] supply = new double[placement.places().length];
        for (int f = 0; f < supply.length; f++) {
            supply[f] = placement.places()[f];
        }
        Accessibility access = new TwoStepFloatingCatchment(reach, supply, placement.residents()).run();
        double accessMillis = Measurements.millisSince(start);
        start = System.nanoTime();
        int[] residents = ServedDemand.wholeResidents(placement.residents());
        ServedDemandResult served = new ServedDemand(reach, residents, placement.places()).run();
        double servedMillis = Measurements.millisSince(start);
        double cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6;
        long residentsInAll = 0;
        for (int r : residents) {
            residentsInAll += r;
        }
        if (access.areaCount() != residents.length) {
            throw new IllegalStateException("access of " + access.areaCount() + " areas");
        }
        return new Pipeline(limitMeters, reach.size(), reachMillis, accessMillis, servedMillis, cpuMillis,
                served.totalServed(), residentsInAll, placement.placesInAll(), served.totalCostDecimeters(), reach);
    }

    /** Per-facility MultiSourceSearch on a sample (checked pair for pair), and two threads. */
    private static Alternatives alternatives(WalkingGraph graph, SupplyPlacement placement, Pipeline at) {
        List<Integer> sample = new ArrayList<>();
        for (int f = 0; f < placement.facilities().size() && sample.size() < SAMPLE_FACILITIES; f++) {
            if (placement.facilities().get(f).isPresent()) {
                sample.add(f);
            }
        }
        double searchMillis = 0;
        boolean identical = true;
        for (int f : sample) {
            long start = System.nanoTime();
            SearchResult search = new MultiSourceSearch(graph, List.of(placement.facilities().get(f).get()))
                    .maxWalkMeters(at.limitMeters()).countSnapDistance(true).run();
            searchMillis += Measurements.millisSince(start);
            identical &= samePairs(search, placement, at.reach(), f);
        }
        double twoThreads = Double.NaN;
        boolean twoIdentical = false;
        if (Runtime.getRuntime().availableProcessors() >= 2) {
            long start = System.nanoTime();
            ReachPairs parallel = new FacilityReach(graph, placement.facilities(), placement.access())
                    .maxWalkMeters(at.limitMeters()).threads(2).run();
            twoThreads = Measurements.millisSince(start);
            twoIdentical = sameColumns(parallel, at.reach());
        }
        return new Alternatives(searchMillis / sample.size(), identical, twoThreads, twoIdentical);
    }

    /** The facility's pairs measured from its own search as CoverageAnalysis measures areas. */
    private static boolean samePairs(SearchResult search, SupplyPlacement placement, ReachPairs reach, int facility) {
        int pair = reach.firstPairOf(facility);
        for (int a = 0; a < placement.access().areaCount(); a++) {
            double best = Double.POSITIVE_INFINITY;
            for (Snap point : placement.access().of(a)) {
                SourceDistance nearest = search.nearestTo(point);
                double distance = nearest.distanceMeters() + point.snapDistanceMeters();
                if (nearest.isReached() && distance < best && distance <= search.maxWalkMeters()) {
                    best = distance;
                }
            }
            if (best <= search.maxWalkMeters()) {
                if (pair == reach.endPairOf(facility) || reach.area(pair) != a || reach.distanceMeters(pair) != best) {
                    return false;
                }
                pair++;
            }
        }
        return pair == reach.endPairOf(facility);
    }

    private static boolean sameColumns(ReachPairs a, ReachPairs b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.facility(i) != b.facility(i) || a.area(i) != b.area(i) || a.distanceMeters(i) != b.distanceMeters(i)) {
                return false;
            }
        }
        return true;
    }

    private static double shorterSideMeters(WalkingGraph graph) {
        double[] box = SupplyPlacement.boundsLonLat(graph);
        org.lifecircle.geo.LocalPlane plane = new org.lifecircle.geo.LocalPlane((box[1] + box[3]) / 2);
        return Math.min((box[2] - box[0]) * plane.metersPerDegreeLon(), (box[3] - box[1]) * plane.metersPerDegreeLat());
    }

    /** {@code SupplyBenchmark [sharedDataDir [reportFile]]}; defaults ../shared/data and bench/results/supply.md. */
    public static void main(String[] args) {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path report = Path.of(args.length > 1 ? args[1] : "bench/results/supply.md");
        new SupplyBenchmark(shared, report, System.out).run();
    }
}
