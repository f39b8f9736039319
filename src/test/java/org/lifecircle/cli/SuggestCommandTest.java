package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lifecircle suggest} on the demo city: the four files, read back. The demo's elderly-care
 * gaps (DH-05 and two more areas beyond 720 m) can all be closed, so two sites reach 100 %.
 */
class SuggestCommandTest {

    private static final Path DEMO = Path.of("gis-data", "demo");

    @TempDir
    Path folder;

    @Test
    void writesTheRankedSitesTheirSummaryAndTheReport() throws IOException {
        Path out = folder.resolve("suggest");
        GraphCommandTest.Run run = GraphCommandTest.cli("suggest", "--osm", DEMO.resolve("network.osm").toString(),
                "--facilities", DEMO.resolve("facilities.csv") + "@gcj02", "--residential",
                DEMO.resolve("residential.geojson").toString(), "--category", "elderly_care", "--count", "2",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("suggest: 2 sites for elderly_care newly cover");
        List<String> csv = Files.readAllLines(out.resolve("suggestions.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("rank,candidate_id,name,lon,lat,added_covered_demand,cumulative_covered_demand,"
                + "cumulative_covered_pct");
        assertThat(csv).hasSize(3);
        String[] first = csv.get(1).split(",", -1);
        String[] second = csv.get(2).split(",", -1);
        assertThat(first[0]).isEqualTo("1");
        assertThat(Double.parseDouble(first[5])).isGreaterThanOrEqualTo(Double.parseDouble(second[5]));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("objective").asDouble())
                .isCloseTo(Double.parseDouble(first[5]) + Double.parseDouble(second[5]), within(0.11));
        assertThat(Double.parseDouble(second[7])).isCloseTo(summary.get("suggestedCoveredPct").asDouble(), within(0.006));
        assertThat(summary.get("suggestedCoveredPct").asDouble()).isCloseTo(100, within(1e-9));
        assertThat(summary.get("gap").asDouble()).isLessThan(1e-6);
        JsonNode geojson = new ObjectMapper().readTree(out.resolve("suggestions.geojson").toFile());
        assertThat(geojson.get("features")).hasSize(2);
        assertThat(geojson.at("/features/0/properties/candidate_id").asText()).isEqualTo(first[1]);
        String report = Files.readString(out.resolve("report.html"));
        assertThat(report).contains("Suggested sites 建议选址").contains(first[1]).contains("greedy-swap");
        assertThat(Files.list(out).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("report.html", "suggestions.csv", "suggestions.geojson", "summary.json");
    }
}
