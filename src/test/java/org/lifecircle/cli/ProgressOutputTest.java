package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.faults.CliProcess;

/**
 * Progress as a planner sees it, from the real command line in a JVM of its own: plain lines when
 * stderr is a pipe, a bar redrawn in place on a pseudo-terminal (util-linux {@code script} gives the
 * process one), nothing with {@code --quiet}. The demo is small, so the delay before a step shows
 * (2 s by default) is set to 0 through {@value ProgressOptions#DELAY_PROPERTY}.
 */
class ProgressOutputTest {

    private static final Map<String, String> SHOW_AT_ONCE = Map.of(ProgressOptions.DELAY_PROPERTY, "0");
    private static final String DEMO = "gis-data/demo/";

    @TempDir
    Path temp;

    @Test
    void onAPipeEachStepGetsPlainLinesEndingInItsDoneLine() {
        String err = run(SHOW_AT_ONCE, coverage(temp.resolve("out")));
        assertThat(err).doesNotContain("\r").doesNotContain("\033");
        assertThat(err).contains("lifecircle: reading network.osm: done, ");
        assertThat(err).containsPattern("lifecircle: building the walking graph of \\d+ ways: done, in \\d+:\\d\\d");
        assertThat(err).containsPattern("lifecircle: walking searches: done, \\d+ categories in \\d+:\\d\\d");
    }

    @Test
    void quietPrintsNoProgress() {
        List<String> args = new ArrayList<>(coverage(temp.resolve("out")));
        args.add("--quiet");
        String err = run(SHOW_AT_ONCE, args);
        assertThat(err).doesNotContain("reading network.osm").doesNotContain("walking searches");
    }

    @Test
    void importCountsEveryRowItStores() {
        Map<String, String> store = Map.of("LIFECIRCLE_DATA_DIR", temp.resolve("data").toString());
        try (CliProcess cli = CliProcess.start(store, SHOW_AT_ONCE, "import", "--name", "progress",
                "--osm", DEMO + "network.osm", "--facilities", DEMO + "facilities.csv@gcj02",
                "--residential", DEMO + "residential.geojson", "--districts", DEMO + "districts.geojson")) {
            assertThat(cli.awaitExit(Duration.ofMinutes(2))).as(cli.describe()).isZero();
            // the import's own line: "N nodes, N edges, N facilities, N areas, N districts"
            Matcher counts = Pattern.compile("(\\d+) nodes, (\\d+) edges, (\\d+) facilities, (\\d+) areas, (\\d+) districts")
                    .matcher(cli.out());
            assertThat(counts.find()).as(cli.out()).isTrue();
            long rows = 0;
            for (int g = 1; g <= 5; g++) {
                rows += Long.parseLong(counts.group(g));
            }
            assertThat(cli.err()).contains("lifecircle: storing dataset 'progress': done, " + rows + " rows in ");
        }
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlace() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ProgressOptions.DELAY_PROPERTY + "=0", "-cp", System.getProperty("java.class.path"),
                LifeCircleCli.class.getName()));
        command.addAll(coverage(temp.resolve("out")));
        String shell = command.stream().map(ProgressOutputTest::quoted).collect(Collectors.joining(" "));
        Path typescript = temp.resolve("terminal.txt");
        Process script = new ProcessBuilder("script", "-qfec", shell, "/dev/null")
                .redirectOutput(typescript.toFile()).redirectErrorStream(true).start();
        assertThat(script.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String screen = Files.readString(typescript, StandardCharsets.UTF_8);
        assertThat(script.exitValue()).as(screen).isZero();
        assertThat(screen).contains("\r\033[Kreading network.osm  ");
        assertThat(screen).contains("\r\033[Klifecircle: reading network.osm: done, ");
        // the plain form ("lifecircle: reading network.osm: 0:01 so far") is for pipes only
        assertThat(screen).doesNotContainPattern("lifecircle: reading network.osm: \\d");
    }

    private static List<String> coverage(Path out) {
        return List.of("coverage", "--osm", DEMO + "network.osm", "--facilities", DEMO + "facilities.csv@gcj02",
                "--residential", DEMO + "residential.geojson", "--districts", DEMO + "districts.geojson",
                "--out", out.toString());
    }

    private static String run(Map<String, String> properties, List<String> args) {
        try (CliProcess cli = CliProcess.start(Map.of(), properties, args.toArray(String[]::new))) {
            assertThat(cli.awaitExit(Duration.ofMinutes(2))).as(cli.describe()).isZero();
            return cli.err();
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
