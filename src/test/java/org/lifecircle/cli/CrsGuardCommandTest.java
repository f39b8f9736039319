package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.testdata.TestData;

/**
 * Issue 19 item 3: a district or facility file read in the wrong coordinate system is named on
 * standard error (one line, with the likely suffix) and in summary.json's warnings; summary.json
 * also records the system each file was read in.
 */
class CrsGuardCommandTest {

    private static final String CHENGDU = TestData.osm("chengdu-central-2018").toString();
    private static final Path DEMO = DemoJob.defaultFolder();

    @TempDir
    Path folder;

    @Test
    void chengdusGcj02BoundariesReadWithoutTheSuffixWarn() throws IOException {
        Path boundaries = TestData.boundary("chengdu-districts.gcj02.geojson");
        GraphCommandTest.Run run = coverage("--osm", CHENGDU, "--districts", boundaries.toString());
        String name = "chengdu-districts.gcj02.geojson";
        List<String> lines = run.err().lines().filter(l -> l.contains(name)).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("lifecircle: warning: " + name + ": its outlines cut through")
                .endsWith("is it " + name + "@gcj02?");
        JsonNode summary = summary();
        assertThat(texts(summary.at("/warnings"))).anyMatch(w -> w.startsWith(name) && w.endsWith("@gcj02?"));
        assertThat(summary.at("/inputs/crs").get(boundaries.toString()).asText()).startsWith("declared by the file");
    }

    @Test
    void chengdusBoundariesWithTheSuffixDoNotWarn() throws IOException {
        Path boundaries = TestData.boundary("chengdu-districts.gcj02.geojson");
        GraphCommandTest.Run run = coverage("--osm", CHENGDU, "--districts", boundaries + "@gcj02");
        assertThat(run.err()).doesNotContain("chengdu-districts.gcj02.geojson");
        JsonNode summary = summary();
        assertThat(texts(summary.at("/warnings"))).noneMatch(w -> w.contains("chengdu-districts"));
        assertThat(summary.at("/inputs/crs").get(boundaries.toString()).asText()).isEqualTo("gcj02");
    }

    @Test
    void theDemoFacilitiesWithoutGcj02Warn() throws IOException {
        GraphCommandTest.Run run = coverage("--osm", DEMO.resolve("network.osm").toString(), "--facilities",
                DEMO.resolve("facilities.csv").toString(), "--residential", DEMO.resolve("residential.geojson").toString(),
                "--districts", DEMO.resolve("districts.geojson").toString());
        List<String> lines = run.err().lines().filter(l -> l.contains("facilities.csv")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("lifecircle: warning: facilities.csv: its features lie")
                .endsWith("is it facilities.csv@gcj02?");
        JsonNode summary = summary();
        assertThat(summary.at("/inputs/crs").get(DEMO.resolve("facilities.csv").toString()).asText())
                .isEqualTo("wgs84");
        assertThat(texts(summary.at("/warnings"))).anyMatch(w -> w.startsWith("facilities.csv: its features lie"));
    }

    @Test
    void importSaysSoToo() {
        GraphCommandTest.Run run = StoreCommandsTest.cli(java.util.Map.of("LIFECIRCLE_DATA_DIR",
                folder.resolve("data").toString()), "import", "--name", "shifted", "--osm",
                DEMO.resolve("network.osm").toString(), "--facilities", DEMO.resolve("facilities.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.startsWith("lifecircle: warning: facilities.csv:")))
                .singleElement().asString().endsWith("is it facilities.csv@gcj02?");
    }

    @Test
    void theDemoAsPublishedDrawsNoCrsWarning() throws IOException {
        GraphCommandTest.Run run = GraphCommandTest.cli("demo", "--out", folder.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("@gcj02?").doesNotContain("@bd09?").doesNotContain("@wgs84?");
        assertThat(texts(summary().at("/warnings"))).noneMatch(w -> w.endsWith("?"));
    }

    private GraphCommandTest.Run coverage(String... args) {
        List<String> all = new ArrayList<>(List.of("coverage"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", folder.resolve("out").toString()));
        GraphCommandTest.Run run = GraphCommandTest.cli(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private JsonNode summary() throws IOException {
        return new ObjectMapper().readTree(folder.resolve("out").resolve("summary.json").toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
