package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node id that occurs twice in an OSM file: the first occurrence counts, the later one is
 * ignored, and summary.json of graph and coverage says how many and which. The demo network with
 * nodes 3 and 4 repeated 1 km away must give exactly the demo's nodes.csv and coverage.csv.
 */
class DuplicateOsmNodesTest {

    private static final Path DEMO = Path.of("gis-data", "demo");

    @TempDir
    static Path folder;
    static Path duplicated;

    @BeforeAll
    static void writeTheNetworkWithRepeatedNodes() throws IOException {
        String osm = Files.readString(DEMO.resolve("network.osm"), StandardCharsets.UTF_8);
        String repeated = "  <node id=\"3\" lat=\"39.1216680\" lon=\"117.1955458\"/>\n"
                + "  <node id=\"4\" lat=\"39.1245955\" lon=\"117.1955458\"/>\n";
        int firstWay = osm.indexOf("  <way ");
        assertThat(osm).contains("<node id=\"3\" lat=\"39.1116680\" lon=\"117.1855458\"/>");
        duplicated = Files.writeString(folder.resolve("network-duplicated.osm"),
                osm.substring(0, firstWay) + repeated + osm.substring(firstWay), StandardCharsets.UTF_8);
    }

    @Test
    void theGraphKeepsTheFirstOccurrenceAndItsSummaryCountsTheRest() throws IOException {
        Path plain = folder.resolve("graph-plain");
        Path withDuplicates = folder.resolve("graph-duplicates");
        assertThat(GraphCommandTest.cli("graph", "--osm", DEMO.resolve("network.osm").toString(), "--out",
                plain.toString()).exitCode()).isZero();
        GraphCommandTest.Run run = GraphCommandTest.cli("graph", "--osm", duplicated.toString(), "--out",
                withDuplicates.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(withDuplicates.resolve("nodes.csv"))).isEqualTo(Files.readString(plain.resolve("nodes.csv")));
        JsonNode summary = new ObjectMapper().readTree(withDuplicates.resolve("summary.json").toFile());
        assertThat(summary.at("/osm/duplicateNodes/count").asLong()).isEqualTo(2);
        assertThat(summary.at("/osm/duplicateNodes/firstIds").toString()).isEqualTo("[3,4]");
        assertThat(new ObjectMapper().readTree(plain.resolve("summary.json").toFile())
                .at("/osm/duplicateNodes/count").asLong()).isZero();
    }

    @Test
    void coverageGivesTheSameResultAndItsSummaryCountsThem() throws IOException {
        Path plain = folder.resolve("coverage-plain");
        Path withDuplicates = folder.resolve("coverage-duplicates");
        assertThat(coverage(DEMO.resolve("network.osm"), plain).exitCode()).isZero();
        GraphCommandTest.Run run = coverage(duplicated, withDuplicates);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(withDuplicates.resolve("coverage.csv")))
                .isEqualTo(Files.readString(plain.resolve("coverage.csv")));
        JsonNode problems = new ObjectMapper().readTree(withDuplicates.resolve("summary.json").toFile()).get("problems");
        assertThat(problems.at("/duplicateOsmNodes/count").asLong()).isEqualTo(2);
        assertThat(problems.at("/duplicateOsmNodes/firstIds").toString()).isEqualTo("[3,4]");
    }

    private static GraphCommandTest.Run coverage(Path osm, Path out) {
        return GraphCommandTest.cli("coverage", "--osm", osm.toString(), "--facilities",
                DEMO.resolve("facilities.csv") + "@gcj02", "--residential", DEMO.resolve("residential.geojson").toString(),
                "--districts", DEMO.resolve("districts.geojson").toString(), "--out", out.toString());
    }
}
