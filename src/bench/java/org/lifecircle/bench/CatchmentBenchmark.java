package org.lifecircle.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.catchment.CatchmentPolygon;
import org.lifecircle.catchment.CatchmentPolygons;
import org.lifecircle.catchment.CatchmentSource;
import org.lifecircle.catchment.PieceUnion;
import org.lifecircle.catchment.PlanarNetwork;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.io.osm.OsmFeatureExtractor;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.io.profile.ProfileFiles;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The catchment polygon benchmark: dissolved catchments of every category's facilities on the
 * Chengdu extract (target under 2 s), per-facility polygons of 1,000 facilities on the Heidelberg
 * network (target under 10 s), each compared in the same run with the straightforward way (one
 * polygon per facility from its own search, merged with JTS; JTS line buffering and cascaded
 * union of piece buffers). Writes bench/results/catchments.md ({@link CatchmentReport}).
 */
public final class CatchmentBenchmark {

    static final double HEIDELBERG_WALK_METERS = 1000;
    static final int HEIDELBERG_FACILITIES = 1000;
    static final int REFERENCE_SAMPLE = 20;
    static final int WARMUP_FACILITIES = 200;
    static final int CHENGDU_RUNS = 5;
    private static final long SEED = 7;

    private final Path sharedData;
    private final Path reportFile;
    private final PrintStream log;

    public CatchmentBenchmark(Path sharedData, Path reportFile, PrintStream log) {
        this.sharedData = sharedData;
        this.reportFile = reportFile;
        this.log = log;
    }

    /** Runs both parts and writes the report; returns its path. */
    public Path run() {
        double loadBefore = systemLoad();
        List<CatchmentReport.Dissolved> chengdu = chengdu();
        CatchmentReport.Overlap heidelberg = heidelberg();
        String load = String.format(Locale.ROOT, "%.2f at the start, %.2f at the end", loadBefore, systemLoad());
        new CatchmentReport(load, chengdu, heidelberg).write(reportFile);
        log.println("wrote " + reportFile);
        return reportFile;
    }

    private List<CatchmentReport.Dissolved> chengdu() {
        Path osm = sharedData.resolve("osm/chengdu-central-2018.osm");
        WalkingGraph graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(osm).graph();
        List<Facility> facilities = OsmFeatureExtractor.extract(osm, CategoryTable.load().values()).facilities();
        PolicyProfile profile = ProfileFiles.load(ProfileFiles.DEFAULT_PROFILE);
        long start = System.nanoTime();
        PlanarNetwork.of(graph);
        double planarMillis = Measurements.millisSince(start);
        List<CatchmentReport.Dissolved> rows = new ArrayList<>();
        for (Category category : profile.categories()) {
            List<CatchmentSource> sources = snapped(graph, facilities.stream().filter(f -> f.category().equals(category))
                    .toList());
            if (!sources.isEmpty()) {
                double meters = profile.findRule(category).orElseThrow().maxWalkMeters();
                rows.add(dissolved(graph, category, sources, meters, planarMillis));
                log.println("Chengdu " + rows.get(rows.size() - 1));
            }
        }
        return rows;
    }

    private CatchmentReport.Dissolved dissolved(WalkingGraph graph, Category category, List<CatchmentSource> sources,
                                                double meters, double planarMillis) {
        new CatchmentPolygons(PlanarNetwork.of(graph), sources).maxWalkMeters(meters).run();    // JIT warm-up
        PlanarNetwork fresh = PlanarNetwork.of(graph);
        long start = System.nanoTime();
        CatchmentPolygon polygon = new CatchmentPolygons(fresh, sources).maxWalkMeters(meters).run().get(0);
        double firstMillis = Measurements.millisSince(start);
        double[] again = new double[CHENGDU_RUNS];
        for (int i = 0; i < again.length; i++) {
            start = System.nanoTime();
            new CatchmentPolygons(fresh, sources).maxWalkMeters(meters).run();
            again[i] = Measurements.millisSince(start);
        }
        start = System.nanoTime();
        List<CatchmentPolygon> each = new CatchmentPolygons(fresh, sources).form(CatchmentForm.OVERLAP)
                .maxWalkMeters(meters).parallel(false).run();
        Geometry merged = OverlayNGRobust.union(polygon.lonLat().getFactory()
                .buildGeometry(each.stream().map(CatchmentPolygon::lonLat).toList()));
        double perFacilityMillis = Measurements.millisSince(start);
        double areaDifference = Math.abs(merged.getArea() - polygon.lonLat().getArea()) / polygon.lonLat().getArea();
        return new CatchmentReport.Dissolved(category.id(), sources.size(), meters, planarMillis, firstMillis,
                Measurements.median(again), perFacilityMillis, polygon.areaSquareMeters(), areaDifference);
    }

    private CatchmentReport.Overlap heidelberg() {
        Path osm = sharedData.resolve("osm/heidelberg-2024.osm.pbf");
        WalkingGraph graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(osm).graph();
        List<CatchmentSource> sources = randomFacilities(graph, HEIDELBERG_FACILITIES, SEED);
        new CatchmentPolygons(PlanarNetwork.of(graph), randomFacilities(graph, WARMUP_FACILITIES, SEED + 1))
                .form(CatchmentForm.OVERLAP).maxWalkMeters(HEIDELBERG_WALK_METERS).run();
        long start = System.nanoTime();
        PlanarNetwork network = PlanarNetwork.of(graph);
        double planarMillis = Measurements.millisSince(start);
        double parallelCold = timeOverlap(network, sources, true);
        double parallelWarm = timeOverlap(network, sources, true);
        double singleCold = timeOverlap(PlanarNetwork.of(graph), sources, false);
        log.printf("Heidelberg: planar %.0f ms, parallel %.0f / %.0f ms, one thread %.0f ms%n", planarMillis,
                parallelCold, parallelWarm, singleCold);
        List<CatchmentSource> sample = sources.subList(0, REFERENCE_SAMPLE);
        List<CatchmentReport.Strategy> strategies = new ArrayList<>();
        List<CatchmentPolygon> fast = null;
        for (PieceUnion union : PieceUnion.values()) {
            PlanarNetwork coldNetwork = PlanarNetwork.of(graph);
            start = System.nanoTime();
            List<CatchmentPolygon> polygons = new CatchmentPolygons(coldNetwork, sample).form(CatchmentForm.OVERLAP)
                    .maxWalkMeters(HEIDELBERG_WALK_METERS).union(union).parallel(false).run();
            double millis = Measurements.millisSince(start);
            fast = fast == null ? polygons : fast;
            strategies.add(new CatchmentReport.Strategy(union.name(), millis / sample.size(), worstAreaDifference(fast,
                    polygons)));
            log.println("  " + strategies.get(strategies.size() - 1));
        }
        return new CatchmentReport.Overlap(graph.nodeCount(), graph.edgeCount(), network.segmentCount(),
                sources.size(), HEIDELBERG_WALK_METERS, planarMillis, parallelCold, parallelWarm, singleCold,
                Runtime.getRuntime().availableProcessors(), strategies);
    }

    private static double timeOverlap(PlanarNetwork network, List<CatchmentSource> sources, boolean parallel) {
        long start = System.nanoTime();
        new CatchmentPolygons(network, sources).form(CatchmentForm.OVERLAP).maxWalkMeters(HEIDELBERG_WALK_METERS)
                .parallel(parallel).run();
        return Measurements.millisSince(start);
    }

    private static double worstAreaDifference(List<CatchmentPolygon> a, List<CatchmentPolygon> b) {
        double worst = 0;
        for (int i = 0; i < a.size(); i++) {
            double reference = b.get(i).areaSquareMeters();
            worst = Math.max(worst, Math.abs(a.get(i).areaSquareMeters() - reference) / reference);
        }
        return worst;
    }

    /** Facilities snapped as the coverage run snaps them (default limit); unsnapped ones are left out. */
    private static List<CatchmentSource> snapped(WalkingGraph graph, List<Facility> facilities) {
        Snapper snapper = new Snapper(graph, Snapper.DEFAULT_MAX_SNAP_METERS);
        List<CatchmentSource> sources = new ArrayList<>();
        for (Facility f : facilities) {
            snapper.findSnap(f.lon(), f.lat()).ifPresent(s -> sources.add(new CatchmentSource(s, f.lon(), f.lat())));
        }
        return sources;
    }

    /** Points up to about 100 m from random nodes of the largest part, snapped (seeded, repeatable). */
    static List<CatchmentSource> randomFacilities(WalkingGraph graph, int count, long seed) {
        Random random = new Random(seed);
        Snapper snapper = new Snapper(graph, Snapper.DEFAULT_MAX_SNAP_METERS);
        List<CatchmentSource> sources = new ArrayList<>(count);
        while (sources.size() < count) {
            int node = random.nextInt(graph.nodeCount());
            if (graph.nodeComponent(node) != 0) {
                continue;
            }
            double lon = graph.nodeLon(node) + (random.nextDouble() - 0.5) * 0.002;
            double lat = graph.nodeLat(node) + (random.nextDouble() - 0.5) * 0.0015;
            snapper.findSnap(lon, lat).ifPresent(s -> sources.add(new CatchmentSource(s, lon, lat)));
        }
        return sources;
    }

    private static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** {@code CatchmentBenchmark [sharedDataDir [reportFile]]}; defaults ../shared/data and bench/results/catchments.md. */
    public static void main(String[] args) {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path report = Path.of(args.length > 1 ? args[1] : "bench/results/catchments.md");
        new CatchmentBenchmark(shared, report, System.out).run();
    }
}
