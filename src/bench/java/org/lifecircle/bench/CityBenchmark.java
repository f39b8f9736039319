package org.lifecircle.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lifecircle.demo.city.CityFigures;
import org.lifecircle.demo.city.CityGenerator;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CityJob;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.service.coverage.CoverageInputs;
import org.lifecircle.service.coverage.CoverageOutputs;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.coverage.CoverageRun;
import org.lifecircle.service.coverage.DatasetSources;
import org.lifecircle.service.datasets.ImportJob;
import org.lifecircle.service.datasets.ImportRequest;
import org.lifecircle.store.Store;
import org.lifecircle.store.factory.Stores;

/**
 * The city benchmark ({@code lifecircle bench city}): for each size, generates the city into a
 * temporary folder, then times and measures the pipeline step by step: the PBF read and graph
 * build alone, the coverage run (its inputs, then the analysis of every rule of the default
 * profile, then its output files), and the import into a fresh embedded store; then the store's
 * size on disk. Writes {@link CityReport}.
 */
final class CityBenchmark {

    /** One measured step: wall time, peak heap ({@link HeapPeaks}). */
    record Step(String name, double seconds, long peakHeapBytes) {
    }

    /**
     * What one size measured.
     *
     * @param graphRetainedBytes used heap after GC with the graph held, minus before reading it
     * @param storeBytes the embedded store's files (database and write-ahead log) after the import
     * @param cacheBytes the graph cache the import wrote next to it
     */
    record SizeFigures(CityFigures city, int graphNodes, int graphEdges, long graphMemoryBytes,
                       long graphRetainedBytes, List<Step> steps, Map<String, Double> coverageLaps, long storeBytes,
                       long cacheBytes, long inputBytes, Map<String, Long> storeTables) {

        Step step(String name) {
            return steps.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private final List<Integer> sizes;
    private final Path reportFile;
    private final PrintStream log;
    private final HeapPeaks peaks = new HeapPeaks();

    CityBenchmark(List<Integer> sizes, Path reportFile, PrintStream log) {
        this.sizes = sizes;
        this.reportFile = reportFile;
        this.log = log;
    }

    Path run() throws IOException {
        List<SizeFigures> figures = new ArrayList<>();
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("lifecircle-city-");
            try {
                figures.add(measure(size, folder));
            } finally {
                deleteTree(folder);
            }
            CityReport.write(reportFile, figures);
            log.println("bench city: " + size + " done; wrote " + reportFile);
        }
        return reportFile;
    }

    private SizeFigures measure(int size, Path folder) throws IOException {
        List<Step> steps = new ArrayList<>();
        Path city = folder.resolve("city");
        CityFigures[] generated = new CityFigures[1];
        steps.add(step("generate", () -> generated[0] = new CityGenerator(city, size, CityGenerator.DEFAULT_SEED)
                .generate()));
        long before = Measurements.usedHeapAfterGcBytes();
        OsmNetwork[] network = new OsmNetwork[1];
        steps.add(step("read PBF + build graph", () -> network[0] = new OsmNetworkLoader(PedestrianAccess.standard())
                .load(city.resolve("network.osm.pbf"))));
        long retained = Measurements.usedHeapAfterGcBytes() - before;
        int nodes = network[0].graph().nodeCount();
        int edges = network[0].graph().edgeCount();
        long graphMemory = network[0].graph().memoryBytes();
        network[0] = null;
        Map<String, Double> laps = coverage(CityJob.sources(city), folder.resolve("out"), steps);
        Path dataDir = folder.resolve("data");
        steps.add(step("import (embedded store)", () -> {
            try (Store store = Stores.openEmbeddedAt(dataDir, notice -> { })) {
                new ImportJob(store, new ImportRequest("city", CityJob.sources(city))).run();
            }
        }));
        return new SizeFigures(generated[0], nodes, edges, graphMemory, retained, steps, laps,
                treeBytes(dataDir, "graph-cache", false), treeBytes(dataDir.resolve("graph-cache"), "", true),
                treeBytes(city, "", true), StoreTables.bytesByTable(dataDir.resolve("lifecircle.db")));
    }

    /** The coverage command's three parts as steps; returns the run's own timer laps. */
    private Map<String, Double> coverage(DatasetSources sources, Path out, List<Step> steps) {
        Timer timer = new Timer();
        CoverageParameters parameters = CoverageParameters.defaults();
        CoverageData[] data = new CoverageData[1];
        CoverageReport[] report = new CoverageReport[1];
        steps.add(step("coverage: read inputs (PBF, graph, files)", () -> data[0] = new CoverageInputs(sources)
                .read(timer)));
        steps.add(step("coverage: analysis (every rule)", () -> report[0] = CoverageRun.analyze(data[0],
                parameters.loadProfile(), parameters, timer)));
        data[0] = null;
        steps.add(step("coverage: write outputs", () -> CoverageOutputs.write(out, report[0])));
        return timer.millis();
    }

    private Step step(String name, Runnable work) {
        Measurements.usedHeapAfterGcBytes();
        peaks.reset();
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        Step step = new Step(name, seconds, peaks.peakBytes());
        log.printf("bench city: %s %.1f s, peak heap %.0f MB%n", name, seconds, step.peakHeapBytes() / 1e6);
        return step;
    }

    /** Bytes of the regular files under a folder, leaving out a subfolder by name (or including all). */
    private static long treeBytes(Path folder, String leaveOut, boolean all) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> all || !folder.relativize(file).startsWith(leaveOut))
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
