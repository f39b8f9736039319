package org.lifecircle.faults;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away while {@code coverage --dataset} saves its run (the run's JVM is paused
 * after its first rows, inside the open transaction, so the fault lands mid-write every time):
 *
 * <ul>
 *   <li>PostGIS: the run's connection is terminated with {@code pg_terminate_backend}, what an
 *       administrator or a restarting server does to it (the whole cluster cannot be stopped here:
 *       other test runs share it);</li>
 * </ul>
 *
 * <p>The command exits 2 with one line saying the connection was lost and nothing was saved, no
 * stack trace; the output folder keeps the earlier run's files unchanged (plus the error note); a
 * fresh store holds exactly what it held before; and the next run works.
 *
 * <p>The embedded database has no such fault any more: every process opens the SQLite file
 * itself (LifeCircle 0.1's H2 store reached it through the process that had opened it first, and
 * lost it when that one stopped). Its test shows that stopping {@code lifecircle serve} in the
 * middle of a run's write leaves the run to finish and be saved.
 */
class LostDatabaseTest {

    private static final Duration START_UP = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Test
    void postgisTerminatingTheRunsConnectionSavesNothing() throws IOException {
        try (FaultStore store = FaultStore.postgis(folder)) {
            Earlier earlier = Earlier.prepare(store, folder.resolve("out"), "coverage");
            CliRun run;
            try (CliProcess coverage = startPausedCoverage(store, earlier.out())) {
                List<Integer> backends = store.backendsWriting();
                assertThat(backends).as("the run's open transaction").hasSize(1);
                assertThat(store.terminate(backends.get(0))).isTrue();
                coverage.resume();
                run = finished(coverage);
            }
            assertLostAndNothingSaved(run, "lost the connection to PostgreSQL at " + store.environment()
                    .get("LIFECIRCLE_DB_URL") + " as user ");
            earlier.assertUnchanged(store, run);
        }
    }

    @Test
    void embeddedStoppingTheServerThatOpenedTheDatabaseFirstLetsARunFinish() {
        try (FaultStore store = FaultStore.embedded(folder)) {
            Earlier earlier = Earlier.prepare(store, folder.resolve("out"), "coverage");
            CliRun run;
            try (CliProcess server = CliProcess.start(store.environment(), Map.of(), "serve", "--port", "0")) {
                server.awaitText("serve: LifeCircle is running at", START_UP);
                try (CliProcess coverage = startPausedCoverage(store, earlier.out())) {
                    assertThat(server.stop()).as(server.describe()).isIn(0, 143);
                    coverage.resume();
                    run = finished(coverage);
                }
            }
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("coverage: ");
            assertThat(StoreState.of(store).runs()).as("the earlier run and this one")
                    .hasSize(earlier.state().runs().size() + 1);
        }
    }

    private static CliProcess startPausedCoverage(FaultStore store, Path out) {
        CliProcess coverage = CliProcess.start(store.environment(), Map.of(CliProcess.PAUSE_AFTER_ROWS, "1"),
                "coverage", "--dataset", "demo", "--out", out.toString());
        coverage.awaitPause(START_UP);
        return coverage;
    }

    private static CliRun finished(CliProcess process) {
        int code = process.awaitExit(Duration.ofMinutes(2));
        return new CliRun(code, process.out(), String.join("\n", process.errorLines()));
    }

    private static void assertLostAndNothingSaved(CliRun run, String start) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errorLines()).hasSize(1);
        assertThat(run.err()).startsWith("lifecircle: " + start)
                .contains("while saving a run of dataset 'demo'")
                .contains("nothing was saved; run it again once the database is back")
                .doesNotContain("Exception").doesNotContain("INSERT").doesNotContain("\tat ")
                .doesNotContain("lifecircle.faults").doesNotContain(CliProcess.PAUSED);
    }
}
