package org.lifecircle.faults;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.store.DatasetCounts;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.StoredDataset;
import org.lifecircle.testdata.TestData;

/**
 * The embedded store survives a SIGKILL at any moment of an import. The store holds the demo, a
 * run of it, and {@code city} (Heidelberg's 30,230 walking nodes); {@code city} is imported again
 * from the same file and its JVM killed, 20 times, at points spread over the whole write (see
 * {@link KillPoint#plan}: seeded row counts, the write's phases, timed kills near the commit).
 * After each kill: {@code list} and {@code show} work and name both datasets; the store holds
 * the demo and the run unchanged and {@code city} whole, at its old version or (only when the kill
 * may have come after the commit) its new one; no table has a row more or less; {@code coverage
 * --dataset demo} writes the earlier coverage.csv; and {@code serve} starts and lists both datasets.
 */
class KillAtAnyPointTest {

    private static final Path HEIDELBERG = TestData.osm("heidelberg-2024");
    private static final long SEED = 20261203L;
    private static final int BY_ROWS = 14;
    private static final int TIMED = 3;
    private static final Duration START_UP = Duration.ofMinutes(3);
    private static final Pattern SERVER_URL = Pattern.compile("running at (http://\\S+/)");

    @TempDir
    Path folder;

    @Test
    void anImportKilledAtAnyOfTwentyPointsLeavesEveryDatasetWholeAtItsOldOrNewVersion() throws Exception {
        FaultStore store = FaultStore.embedded(folder);
        Path earlierOut = folder.resolve("earlier");
        Earlier.assertSucceeds(store.cli("import", "--demo"));
        Earlier.assertSucceeds(store.cli("coverage", "--dataset", "demo", "--out", earlierOut.toString()));
        long writeMillis = importCityTimed(store);
        StoreState state = StoreState.of(store);
        Map<String, Long> rows = store.tableRows();
        String coverage = Files.readString(earlierOut.resolve("coverage.csv"));
        List<KillPoint> points = KillPoint.plan(SEED, rowsWritten(state), writeMillis, BY_ROWS, TIMED);
        assertThat(points).hasSize(20);
        List<String> committed = new ArrayList<>();
        for (KillPoint point : points) {
            long pid = killImport(store, point);
            CliRun list = store.cli("list");
            // the server starts while the store is looked at here; list has had the notice of the kill
            try (CliProcess server = CliProcess.start(store.environment(), Map.of(), "serve", "--port", "0")) {
                state = assertWholeAfterKill(store, point, pid, list, state, committed);
                assertThat(store.tableRows()).as(point.label() + ": rows in every table").isEqualTo(rows);
                assertTheNextCommandsWork(store, point, coverage);
                assertServeListsBoth(server, point);
            }
            state = state.withRunsOf(store);  // the coverage command saved a run
            rows = store.tableRows();
        }
        assertThat(committed).as("points after the commit").contains("at phase committed");
    }

    /** Imports city once, whole, and returns how long its write took (from its start to its commit). */
    private static long importCityTimed(FaultStore store) {
        try (CliProcess importing = CliProcess.start(store.environment(), Map.of(KillPoint.ANNOUNCE, "true"),
                "import", "--name", "city", "--osm", HEIDELBERG.toString())) {
            importing.awaitText(KillPoint.BEGUN, START_UP);
            long begun = System.nanoTime();
            importing.awaitText("write phase committed", START_UP);
            long millis = (System.nanoTime() - begun) / 1_000_000;
            assertThat(importing.awaitExit(START_UP)).as(importing.describe()).isZero();
            return millis;
        }
    }

    /** The rows an import of city writes in batches (what pauseAfterRows counts). */
    private static long rowsWritten(StoreState state) {
        DatasetCounts c = state.datasets().stream().filter(d -> d.name().equals("city")).findFirst().orElseThrow()
                .counts();
        return (long) c.nodes() + c.edges() + c.facilities() + c.areas() + c.districts();
    }

    private static long killImport(FaultStore store, KillPoint point) throws InterruptedException {
        try (CliProcess importing = CliProcess.start(store.environment(), point.properties(),
                "import", "--name", "city", "--osm", HEIDELBERG.toString())) {
            if (point.isTimed()) {
                importing.awaitText(KillPoint.BEGUN, START_UP);
                Thread.sleep(point.delayMillis());
            } else {
                importing.awaitPause(START_UP);
            }
            int code = importing.kill();
            if (!point.isTimed()) {
                assertThat(code).as(point.label() + ": " + importing.describe()).isEqualTo(137);
            }
            return importing.pid();
        }
    }

    /**
     * Every dataset and run as it was, but city possibly at its new version when the kill may have
     * come after the commit: then its contents must be what the import writes (the same file
     * again: equal to the old ones but for the version).
     */
    private static StoreState assertWholeAfterKill(FaultStore store, KillPoint point, long pid, CliRun list,
                                                   StoreState before, List<String> committed) {
        assertThat(list.exitCode()).as(point.label() + ": " + list.err()).isZero();
        assertThat(list.out().lines().map(line -> line.split("\t")[0])).as(point.label()).containsExactly("city",
                "demo");
        StoreState after = StoreState.of(store);
        if (after.equals(before)) {
            assertThat(list.errorLines()).as(point.label() + ": told once").singleElement().asString()
                    .startsWith("lifecircle: the import of dataset 'city' started at ")
                    .endsWith(" (process " + pid + ") did not finish: its process ended first, and nothing of it"
                            + " was stored");
            return after;
        }
        assertThat(point.mayHaveCommitted()).as(point.label() + ": changed the store although killed before its"
                + " commit").isTrue();
        assertThat(withoutVersions(after)).as(point.label() + ": city whole at its new version")
                .isEqualTo(withoutVersions(before));
        assertThat(list.errorLines()).as(point.label() + ": a committed import is no unfinished one").isEmpty();
        committed.add(point.label());
        return after;
    }

    /** The state with each dataset's version id and import time blanked: what must match whichever version is current. */
    private static String withoutVersions(StoreState state) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < state.datasets().size(); i++) {
            DatasetInfo d = state.datasets().get(i);
            StoredDataset content = state.contents().get(i);
            parts.add(d.name() + " " + d.counts() + " " + d.sources() + " " + content.build() + " "
                    + content.features() + " " + state.networks().get(i));
        }
        parts.add(String.valueOf(state.results()));
        return String.join("\n", parts);
    }

    private void assertTheNextCommandsWork(FaultStore store, KillPoint point, String coverage) throws IOException,
            InterruptedException {
        CliRun show = store.cli("show", "city");
        assertThat(show.exitCode()).as(point.label() + ": " + show.err()).isZero();
        assertThat(show.out()).contains("30230 nodes");
        Path out = folder.resolve("after " + point.label());
        Earlier.assertSucceeds(store.cli("coverage", "--dataset", "demo", "--out", out.toString()));
        assertThat(Files.readString(out.resolve("coverage.csv"))).as(point.label()).isEqualTo(coverage);
    }

    private static void assertServeListsBoth(CliProcess server, KillPoint point) throws IOException,
            InterruptedException {
        server.awaitText("serve: LifeCircle is running at", START_UP);
        Matcher url = SERVER_URL.matcher(server.out());
        assertThat(url.find()).as(server.describe()).isTrue();
        HttpResponse<String> datasets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url.group(1) + "api/datasets")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(datasets.statusCode()).as(point.label() + ": " + datasets.body()).isEqualTo(200);
        assertThat(datasets.body()).contains("\"city\"").contains("\"demo\"");
        assertThat(server.stop()).as(server.describe()).isIn(0, 143);
    }
}
