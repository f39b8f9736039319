package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.bench.TestDatabase;

/**
 * The store commands on the embedded database: import --demo, list, show, coverage and batch
 * --dataset (the same coverage.csv as the demo from files), runs list/show/compare, delete; and
 * the settings' failure modes: wrong password, unreachable server, a user without a URL.
 */
class StoreCommandsTest {

    @TempDir
    static Path shared;
    private static Map<String, String> environment;

    @TempDir
    Path folder;

    static GraphCommandTest.Run cli(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeCircleCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new GraphCommandTest.Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void importTheDemo() {
        environment = Map.of("LIFECIRCLE_DATA_DIR", shared.resolve("data").toString());
        GraphCommandTest.Run run = cli(environment, "import", "--demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.out()).contains("dataset 'demo'").contains("18 areas").contains("embedded database");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void coverageOfTheStoredDemoWritesTheSameFilesAsTheDemoFromFiles() throws IOException {
        GraphCommandTest.Run fromFiles = GraphCommandTest.cli("demo", "--out", folder.resolve("files").toString());
        assertThat(fromFiles.exitCode()).as(fromFiles.err()).isZero();
        GraphCommandTest.Run stored = cli(environment, "coverage", "--dataset", "demo", "--out",
                folder.resolve("stored").toString());
        assertThat(stored.exitCode()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("18 areas").containsPattern("run r\\d+");
        for (String file : new String[] {"coverage.csv", "districts.csv", "gaps.geojson"}) {
            assertThat(Files.readAllBytes(folder.resolve("stored").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(folder.resolve("files").resolve(file)));
        }
    }

    @Test
    void runsAreListedShownAndCompared() {
        GraphCommandTest.Run first = cli(environment, "coverage", "--dataset", "demo", "--out",
                folder.resolve("a").toString());
        GraphCommandTest.Run second = cli(environment, "batch", "--dataset", "demo", "--max-walk-meters", "300",
                "--out", folder.resolve("b").toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        String a = runId(first.out());
        String b = runId(second.out());
        GraphCommandTest.Run list = cli(environment, "runs", "list", "--dataset", "demo");
        assertThat(list.out()).contains(a + "\t").contains(b + "\t").contains("batch");
        GraphCommandTest.Run show = cli(environment, "runs", "show", b);
        assertThat(show.out()).contains("threshold override 300.0 m").contains("elderly_care").contains("XL-01");
        GraphCommandTest.Run compare = cli(environment, "runs", "compare", a, b);
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).containsPattern("\\d+ area status changes").contains("covered\tgap")
                .contains("西岭区\t129901\telderly_care");
        assertThat(compare.out()).containsPattern("\t-\\d+\n");
        GraphCommandTest.Run unknown = cli(environment, "runs", "show", "r99999");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no run 'r99999'");
    }

    private static String runId(String out) {
        return out.replaceAll("(?s).*run (r\\d+).*", "$1").strip();
    }

    @Test
    void datasetsAreListedShownAndDeleted() {
        Map<String, String> env = Map.of("LIFECIRCLE_DATA_DIR", folder.resolve("data").toString());
        assertThat(cli(env, "list").out()).contains("no datasets");
        String name = "x'); DROP TABLE datasets; --";
        GraphCommandTest.Run imported = cli(env, "import", "--name", name, "--osm", "gis-data/demo/network.osm");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(cli(env, "list").out()).startsWith(name + "\t");
        GraphCommandTest.Run show = cli(env, "show", name);
        assertThat(show.out()).contains("source\tosm\tgis-data/demo/network.osm").contains("sha256");
        assertThat(cli(env, "delete", name).exitCode()).isZero();
        GraphCommandTest.Run again = cli(env, "delete", name);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("no dataset named");
        GraphCommandTest.Run missing = cli(env, "coverage", "--dataset", "nope", "--out", folder.resolve("o").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no dataset named 'nope'");
    }

    @Test
    void aFailingImportStoresNothing() {
        Map<String, String> env = Map.of("LIFECIRCLE_DATA_DIR", folder.resolve("data").toString());
        GraphCommandTest.Run run = cli(env, "import", "--name", "broken", "--osm", "gis-data/demo/network.osm",
                "--facilities", folder.resolve("missing.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(cli(env, "list").out()).contains("no datasets");
    }

    @Test
    void aWrongPasswordIsOneLineNamingTheUrlAndNeverThePassword() {
        Map<String, String> env = postgis(TestDatabase.url(), "not-the-password-42");
        GraphCommandTest.Run run = cli(env, "list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("cannot connect to PostgreSQL at " + TestDatabase.url())
                .contains("as user " + TestDatabase.user()).contains("password authentication failed")
                .doesNotContain("not-the-password-42");
        assertThat(folder.resolve("data")).as("no embedded database instead").doesNotExist();
    }

    @Test
    void anUnreachableServerIsOneLineAndNoFallbackToTheEmbeddedStore() {
        GraphCommandTest.Run run = cli(postgis("jdbc:postgresql://127.0.0.1:1/lc", "secret-pw"), "import", "--demo");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/lc")
                .contains("connection refused").doesNotContain("secret-pw");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void aUserWithoutAUrlIsRefusedRatherThanUsingTheEmbeddedStore() {
        Map<String, String> env = Map.of("LIFECIRCLE_DATA_DIR", folder.resolve("data").toString(),
                "LIFECIRCLE_DB_USER", "planner");
        GraphCommandTest.Run run = cli(env, "list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("LIFECIRCLE_DB_USER is set but LIFECIRCLE_DB_URL is not");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void datasetAndInputFilesDoNotMix() {
        GraphCommandTest.Run run = cli(environment, "coverage", "--dataset", "demo", "--osm", "x.osm", "--out",
                folder.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--dataset reads every input from the store");
    }

    private Map<String, String> postgis(String url, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("LIFECIRCLE_DATA_DIR", folder.resolve("data").toString());
        env.put("LIFECIRCLE_DB_URL", url);
        env.put("LIFECIRCLE_DB_USER", TestDatabase.user());
        env.put("LIFECIRCLE_DB_PASSWORD", password);
        return env;
    }
}
