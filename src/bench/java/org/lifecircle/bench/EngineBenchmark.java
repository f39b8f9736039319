package org.lifecircle.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * The engine benchmark: on a real network (Heidelberg) and on a synthetic city of over two
 * million nodes, graph build time and memory, multi-source search times for 10 to 10,000
 * sources at 1,000 m, the same searches in pgRouting (exact super source and equicost
 * multi-start, server-side time), and a bounded sweep settling at least a million nodes. Writes
 * a markdown report ({@link EngineReport}).
 */
public final class EngineBenchmark {

    public static final double MAX_WALK_METERS = 1000;
    private static final int[] SOURCE_COUNTS = {10, 100, 1000, 10_000};
    /** Engine warm-up: every source set in turn, at least this many rounds and this long. */
    static final int ENGINE_WARMUP_ROUNDS = 5;
    static final double ENGINE_WARMUP_MILLIS = 5_000;
    /** Engine measurement: at least this many runs and this long per figure. */
    static final int ENGINE_RUNS = 11;
    static final double ENGINE_MIN_MILLIS = 1_000;
    /**
     * pgRouting measurement: at least this many runs and this long per figure. Its times on the
     * small graph vary by a third between runs here (shared cores), so fast queries get more runs.
     */
    static final int PG_RUNS = 3;
    static final double PG_MIN_MILLIS = 2_000;
    /** A pgRouting run slower than this is reported alone instead of repeated. */
    static final double PG_SLOW_RUN_MILLIS = 20_000;
    /** pgRouting runs estimated to take longer than this are skipped (and say so). */
    static final double PG_BUDGET_MILLIS = 120_000;
    private static final int SWEEP_MIN_NODES = 1_000_000;
    private static final int SWEEP_SOURCES = 100;

    /**
     * What to run on and where to write.
     *
     * @param heidelbergOsm the real network (shared data, read in place)
     * @param seed seed of the synthetic city and of every random source set
     */
    public record Settings(Path heidelbergOsm, long seed, int syntheticBlocksPerSide, String dbUrl, String dbUser,
                           String dbPassword, Path reportFile) {

        /** Shared data and report paths as given; the database from LIFECIRCLE_DB_URL/USER/PASSWORD. */
        public static Settings fromEnvironment(Path sharedData, Path reportFile) {
            return new Settings(sharedData.resolve("osm/heidelberg-2024.osm.pbf"), 1,
                    SyntheticCity.DEFAULT_BLOCKS_PER_SIDE,
                    env("LIFECIRCLE_DB_URL", "jdbc:postgresql://localhost:5432/lifecircle_test"),
                    env("LIFECIRCLE_DB_USER", "lifecircle"), env("LIFECIRCLE_DB_PASSWORD", "lifecircle"), reportFile);
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    private final Settings settings;
    private final PrintStream log;

    public EngineBenchmark(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs everything and writes the report; returns its path. */
    public Path run() throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(),
                settings.dbPassword())) {
            String server = serverVersions(connection);
            double loadBefore = systemLoad();
            Path osm = settings.heidelbergOsm();
            int blocks = settings.syntheticBlocksPerSide();
            List<GraphFigures> graphs = List.of(
                    measure(connection, "Heidelberg (OSM)", osm.getFileName().toString(), "read the file + build",
                            () -> new OsmNetworkLoader(PedestrianAccess.standard()).load(osm).graph(), false),
                    measure(connection, "Synthetic city", "SyntheticCity seed " + settings.seed() + ", " + blocks
                                    + " x " + blocks + " blocks", "generate + build",
                            () -> SyntheticCity.generate(settings.seed(), blocks).graph(), true));
            String load = String.format(Locale.ROOT, "%.2f at the start, %.2f at the end", loadBefore, systemLoad());
            new EngineReport(server, load, graphs).write(settings.reportFile());
            log.println("wrote " + settings.reportFile());
            return settings.reportFile();
        }
    }

    private GraphFigures measure(Connection connection, String name, String origin, String buildSteps,
                                 Supplier<WalkingGraph> source, boolean withSweeps) throws Exception {
        long heapBefore = Measurements.usedHeapAfterGcBytes();
        long start = System.nanoTime();
        WalkingGraph graph = source.get();
        double buildSeconds = Measurements.millisSince(start) / 1000;
        long heapAfter = Measurements.usedHeapAfterGcBytes();
        GraphFigures.Build build = new GraphFigures.Build(graph.nodeCount(), graph.edgeCount(), buildSeconds,
                heapAfter - heapBefore, graph.memoryBytes());
        log.printf("%s: %s%n", name, build);
        List<int[]> sourceSets = new ArrayList<>();
        for (int count : SOURCE_COUNTS) {
            sourceSets.add(randomNodes(graph, count, settings.seed() + count));
        }
        warmUp(graph, sourceSets);
        List<EngineTime> engine = new ArrayList<>();
        for (int[] nodes : sourceSets) {
            engine.add(engineTime(graph, nodes, MAX_WALK_METERS));
            log.printf("  engine, %d sources: %s%n", nodes.length, engine.get(engine.size() - 1));
        }
        start = System.nanoTime();
        double copySeconds;
        List<GraphFigures.Search> searches;
        try (PgRoutingReference reference = PgRoutingReference.load(connection, graph)) {
            copySeconds = Measurements.millisSince(start) / 1000;
            searches = pgTimes(reference, sourceSets, engine);
        }
        List<GraphFigures.Sweep> sweeps = withSweeps ? List.of(
                sweep(graph, new int[] {centralNode(graph)}, "1 source at the centre"),
                sweep(graph, randomNodes(graph, SWEEP_SOURCES, settings.seed()), SWEEP_SOURCES + " random sources"))
                : List.of();
        return new GraphFigures(name, origin, buildSteps, build, copySeconds, searches, sweeps);
    }

    /** Median engine time and nodes settled for one source set. */
    record EngineTime(double millis, int runs, int settledNodes) {
    }

    /** Lets the JIT compile the search before anything is measured on this graph. */
    private static void warmUp(WalkingGraph graph, List<int[]> sourceSets) {
        long start = System.nanoTime();
        for (int round = 0; round < ENGINE_WARMUP_ROUNDS || Measurements.millisSince(start) < ENGINE_WARMUP_MILLIS;
                round++) {
            for (int[] nodes : sourceSets) {
                settledNodes(graph, atNodes(graph, nodes), MAX_WALK_METERS);
            }
        }
    }

    /** Median time after one unmeasured run, and nodes settled. */
    private static EngineTime engineTime(WalkingGraph graph, int[] nodes, double maxWalkMeters) throws Exception {
        List<Snap> sources = atNodes(graph, nodes);
        int[] settled = {settledNodes(graph, sources, maxWalkMeters)};
        Measurements.Median median = Measurements.medianOfAtLeast(ENGINE_RUNS, ENGINE_MIN_MILLIS, () -> {
            long start = System.nanoTime();
            SearchResult result = new MultiSourceSearch(graph, sources).maxWalkMeters(maxWalkMeters).run();
            double millis = Measurements.millisSince(start);
            settled[0] = result.reachedNodeCount();
            return millis;
        });
        return new EngineTime(median.millis(), median.runs(), settled[0]);
    }

    private List<GraphFigures.Search> pgTimes(PgRoutingReference reference, List<int[]> sourceSets,
                                              List<EngineTime> engine) throws Exception {
        List<GraphFigures.Search> searches = new ArrayList<>();
        double lastExact = 0;
        double lastEquicost = 0;
        for (int i = 0; i < sourceSets.size(); i++) {
            int[] nodes = sourceSets.get(i);
            List<Snap> sources = atNodes(reference.graph(), nodes);
            // Exact super-source time barely grows with the source count; equicost grows about linearly.
            GraphFigures.PgTime exact = pgTime(lastExact * 2, () -> reference.superSourceExecutionMillis(
                    sources, MAX_WALK_METERS));
            double equicostEstimate = i == 0 ? 0 : lastEquicost * nodes.length / sourceSets.get(i - 1).length;
            GraphFigures.PgTime equicost = pgTime(equicostEstimate, () -> reference.equicostExecutionMillis(
                    nodes, MAX_WALK_METERS));
            lastExact = exact.measured() ? exact.millis() : Double.POSITIVE_INFINITY;
            lastEquicost = equicost.measured() ? equicost.millis() : Double.POSITIVE_INFINITY;
            searches.add(new GraphFigures.Search(nodes.length, engine.get(i).millis(), engine.get(i).settledNodes(),
                    exact, equicost));
            log.printf("  pgRouting, %d sources: exact %s, equicost %s%n", nodes.length, exact, equicost);
        }
        return searches;
    }

    /**
     * One pgRouting figure: skipped when estimated over budget; a single run when that run is
     * slow; else the median of at least {@link #PG_RUNS} runs and {@link #PG_MIN_MILLIS} after the
     * first (a warm-up).
     */
    private static GraphFigures.PgTime pgTime(double estimatedMillis, Measurements.TimedRun run) throws Exception {
        if (estimatedMillis > PG_BUDGET_MILLIS) {
            return GraphFigures.PgTime.skipped(String.format("skipped: estimated %.0f s per run", estimatedMillis / 1000));
        }
        double first = run.millis();
        if (first > PG_SLOW_RUN_MILLIS) {
            return new GraphFigures.PgTime(first, 1, "single run");
        }
        Measurements.Median median = Measurements.medianOfAtLeast(PG_RUNS, PG_MIN_MILLIS, run);
        return new GraphFigures.PgTime(median.millis(), median.runs(), "");
    }

    /**
     * Widens the limit from 2 km (single unmeasured runs) until the sweep from the sources settles
     * a million nodes, then measures the sweep at that limit.
     */
    private GraphFigures.Sweep sweep(WalkingGraph graph, int[] nodes, String sources) throws Exception {
        List<Snap> snaps = atNodes(graph, nodes);
        double limit = 2000;
        int settled = settledNodes(graph, snaps, limit);
        while (settled < SWEEP_MIN_NODES && settled < graph.nodeCount()) {
            limit *= 1.25;
            settled = settledNodes(graph, snaps, limit);
        }
        EngineTime time = engineTime(graph, nodes, limit);
        log.printf("  sweep, %s at %.0f m: %s%n", sources, limit, time);
        return new GraphFigures.Sweep(sources, limit, time.millis(), time.runs(), time.settledNodes());
    }

    private static int settledNodes(WalkingGraph graph, List<Snap> sources, double maxWalkMeters) {
        return new MultiSourceSearch(graph, sources).maxWalkMeters(maxWalkMeters).run().reachedNodeCount();
    }

    /** The node nearest to the middle of the graph's extent (in degrees, which is enough here). */
    private static int centralNode(WalkingGraph graph) {
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (int n = 0; n < graph.nodeCount(); n++) {
            minLon = Math.min(minLon, graph.nodeLon(n));
            maxLon = Math.max(maxLon, graph.nodeLon(n));
            minLat = Math.min(minLat, graph.nodeLat(n));
            maxLat = Math.max(maxLat, graph.nodeLat(n));
        }
        double lon = (minLon + maxLon) / 2, lat = (minLat + maxLat) / 2;
        int best = 0;
        double bestSquared = Double.MAX_VALUE;
        for (int n = 0; n < graph.nodeCount(); n++) {
            double dLon = graph.nodeLon(n) - lon, dLat = graph.nodeLat(n) - lat;
            if (dLon * dLon + dLat * dLat < bestSquared) {
                bestSquared = dLon * dLon + dLat * dLat;
                best = n;
            }
        }
        return best;
    }

    private static int[] randomNodes(WalkingGraph graph, int count, long seed) {
        return new Random(seed).ints(0, graph.nodeCount()).distinct().limit(count).toArray();
    }

    private static List<Snap> atNodes(WalkingGraph graph, int[] nodes) {
        List<Snap> sources = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            sources.add(Snap.atNode(graph, node));
        }
        return sources;
    }

    private static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String serverVersions(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet row = st.executeQuery("SELECT current_setting('server_version'), postgis_lib_version(),"
                     + " pgr_version()")) {
            row.next();
            return "PostgreSQL " + row.getString(1) + ", PostGIS " + row.getString(2) + ", pgRouting " + row.getString(3);
        }
    }

    /** {@code EngineBenchmark [sharedDataDir [reportFile]]}; defaults ../shared/data and bench/results/engine.md. */
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path report = Path.of(args.length > 1 ? args[1] : "bench/results/engine.md");
        new EngineBenchmark(Settings.fromEnvironment(shared, report), System.out).run();
    }
}
