package org.lifecircle.faults;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.testdata.TestData;

/**
 * The process is killed (SIGKILL: no shutdown hook, as the OOM killer or a power cut would end it)
 * in the middle of an import of the Chengdu extract, on the embedded store and on PostGIS. The
 * import runs in a JVM of its own and is paused once it has written {@value #KILL_AFTER_ROWS}
 * rows inside its open transaction, so the kill lands mid-write every time. Afterwards a fresh
 * store (the embedded database recovered from its file; PostgreSQL having rolled back the dead
 * connection's transaction) holds exactly what it held before: the earlier dataset with its
 * network rows and features, the earlier run with all its results, and no trace of the killed
 * import, whether it was a new name or a re-import of the earlier dataset's name. Then the next
 * command works: the same import, and a coverage run that writes the earlier run's coverage.csv.
 */
class KilledImportTest {

    private static final Path CHENGDU = TestData.osm("chengdu-central-2018");
    /** Chengdu has about 8,000 network rows: this is inside the network, before the features. */
    private static final long KILL_AFTER_ROWS = 3000;
    private static final Duration START_UP = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of("SQLite", "chengdu"), Arguments.of("SQLite", "demo"),
                Arguments.of("PostGIS", "chengdu"), Arguments.of("PostGIS", "demo"));
    }

    @ParameterizedTest(name = "{0}: import --name {1} killed midway")
    @MethodSource("cases")
    void anImportKilledMidwayLeavesTheStoreAsItWas(String kind, String name) throws Exception {
        try (FaultStore store = kind.equals("SQLite") ? FaultStore.embedded(folder) : FaultStore.postgis(folder)) {
            Path earlierOut = folder.resolve("earlier");
            assertSucceeds(store.cli("import", "--demo"));
            assertSucceeds(store.cli("coverage", "--dataset", "demo", "--out", earlierOut.toString()));
            List<String> cacheBefore = files(store.graphCache());
            StoreState before = StoreState.of(store);
            Map<String, Long> rowsBefore = store.tableRows();

            long pid = killMidImport(store, name);

            assertTheUserIsToldOnce(store, name, pid);
            assertThat(files(store.graphCache())).as("graph snapshots: none written, none lost").isEqualTo(cacheBefore);
            StoreState after = StoreState.of(store);
            assertThat(after.datasetNames()).containsExactly("demo");
            assertThat(after).isEqualTo(before);
            assertThat(store.tableRows()).as("rows in every table").isEqualTo(rowsBefore);
            assertTheNextCommandsWork(store, name, earlierOut);
        }
    }

    /** The next command (here list) says the import did not finish, once; it lists only the earlier dataset. */
    private static void assertTheUserIsToldOnce(FaultStore store, String name, long pid) {
        CliRun list = store.cli("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(1).allMatch(line -> line.startsWith("demo\t"));
        assertThat(list.errorLines()).singleElement().asString()
                .startsWith("lifecircle: the import of dataset '" + name + "' started at ")
                .endsWith(" (process " + pid + ") did not finish: its process ended first, and nothing of it was stored");
        CliRun again = store.cli("list");
        assertThat(again.err()).as("told once").isEmpty();
        assertThat(again.out()).isEqualTo(list.out());
    }

    private long killMidImport(FaultStore store, String name) throws IOException {
        try (CliProcess importing = CliProcess.start(store.environment(),
                Map.of(CliProcess.PAUSE_AFTER_ROWS, String.valueOf(KILL_AFTER_ROWS)),
                "import", "--name", name, "--osm", CHENGDU.toString())) {
            importing.awaitPause(START_UP);
            if (store.isPostgis()) {
                assertThat(store.backendsWriting()).as("the import's open transaction").hasSize(1);
            } else {
                assertThat(store.embeddedWriteLockHeld()).as("the import's open transaction").isTrue();
            }
            assertThat(importing.kill()).as(importing.describe()).isEqualTo(137);
            assertThat(importing.out()).as("no success line").isEmpty();
            return importing.pid();
        }
    }

    private void assertTheNextCommandsWork(FaultStore store, String name, Path earlierOut) throws IOException {
        CliRun again = store.cli("import", "--name", name, "--osm", CHENGDU.toString());
        assertSucceeds(again);
        assertThat(again.out()).contains("dataset '" + name + "'").contains("3293 nodes, 4739 edges");
        if (!name.equals("demo")) {
            Path out = folder.resolve("next");
            CliRun coverage = store.cli("coverage", "--dataset", "demo", "--out", out.toString());
            assertSucceeds(coverage);
            assertThat(Files.readString(out.resolve("coverage.csv")))
                    .isEqualTo(Files.readString(earlierOut.resolve("coverage.csv")));
        }
        assertThat(store.cli("runs", "show", "r1").out()).contains("demo");
    }

    private static void assertSucceeds(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
