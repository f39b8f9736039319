package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.testdata.TestData;

/**
 * A facility file replaces the OSM facilities of its own categories only (issue 19, item 4): an
 * elderly-care list added to the Chengdu extract used to drop childcare and convenience to zero.
 */
class FacilitiesByCategoryTest {

    private static final String CHENGDU = TestData.osm("chengdu-central-2018").toString();

    @TempDir
    static Path shared;
    private static String elderlyCsv;
    private static JsonNode osmOnly;

    @BeforeAll
    static void oneElderlyCentreAndTheOsmRun() throws IOException {
        Path csv = shared.resolve("elderly-care.csv");
        Files.writeString(csv, "name,category,lon,lat\n锦江区养老服务中心,养老服务中心,104.0800,30.6600\n",
                StandardCharsets.UTF_8);
        elderlyCsv = csv.toString();
        osmOnly = summary(coverage("osm"));
    }

    @Test
    void anElderlyCareFileKeepsTheOsmChildcareAndConvenience() throws IOException {
        JsonNode osmCounts = osmOnly.at("/counts/facilities");
        assertThat(osmCounts.get("childcare").asInt()).isPositive();
        assertThat(osmCounts.get("convenience").asInt()).isPositive();
        assertThat(osmCounts.get("elderly_care").asInt()).isZero();

        JsonNode summary = summary(coverage("categories", "--facilities", elderlyCsv));
        JsonNode counts = summary.at("/counts/facilities");
        assertThat(counts.get("childcare").asInt()).isEqualTo(osmCounts.get("childcare").asInt());
        assertThat(counts.get("convenience").asInt()).isEqualTo(osmCounts.get("convenience").asInt());
        assertThat(counts.get("elderly_care").asInt()).isEqualTo(1);
        assertThat(summary.at("/inputs/facilityReplacement").asText()).isEqualTo("categories");
        assertThat(texts(summary.at("/inputs/facilityCategoriesFromOsm"))).contains("kindergarten", "convenience")
                .doesNotContain("elderly_care");
        assertThat(texts(summary.at("/warnings"))).noneMatch(w -> w.startsWith("childcare:"));
    }

    @Test
    void replaceAllKeepsTheOldBehaviourAndWarnsNamingTheEmptyRule() throws IOException {
        Path out = shared.resolve("all");
        GraphCommandTest.Run run = GraphCommandTest.cli("coverage", "--osm", CHENGDU, "--facilities", elderlyCsv,
                "--facilities-replace", "all", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = summary(out);
        JsonNode counts = summary.at("/counts/facilities");
        assertThat(counts.get("childcare").asInt()).isZero();
        assertThat(counts.get("elderly_care").asInt()).isEqualTo(1);
        assertThat(summary.at("/inputs/facilityReplacement").asText()).isEqualTo("all");
        assertThat(texts(summary.at("/warnings"))).anyMatch(w -> w.startsWith("childcare: no facility counts"));
        assertThat(run.err()).contains("lifecircle: warning: childcare: no facility counts for this rule");
    }

    @Test
    void theOsmRunWarnsThatNoFacilityCountsForElderlyCare() {
        assertThat(texts(osmOnly.at("/warnings"))).anyMatch(w -> w.startsWith("elderly_care: no facility counts"));
    }

    @Test
    void importKeepsTheOsmFacilitiesOfOtherCategoriesToo() {
        Map<String, String> env = Map.of("LIFECIRCLE_DATA_DIR", shared.resolve("data").toString());
        int fromOsm = facilitiesImported(StoreCommandsTest.cli(env, "import", "--name", "osm", "--osm", CHENGDU));
        assertThat(fromOsm).isPositive();
        assertThat(facilitiesImported(StoreCommandsTest.cli(env, "import", "--name", "by-category", "--osm", CHENGDU,
                "--facilities", elderlyCsv))).isEqualTo(fromOsm + 1);
        assertThat(facilitiesImported(StoreCommandsTest.cli(env, "import", "--name", "all", "--osm", CHENGDU,
                "--facilities", elderlyCsv, "--facilities-replace", "all"))).isEqualTo(1);
    }

    /** The facility count of import's one line ("..., 12 facilities, ..."). */
    private static int facilitiesImported(GraphCommandTest.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) facilities").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Path coverage(String name, String... facilities) {
        Path out = shared.resolve(name);
        List<String> args = new ArrayList<>(List.of("coverage", "--osm", CHENGDU, "--out", out.toString()));
        args.addAll(List.of(facilities));
        GraphCommandTest.Run run = GraphCommandTest.cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static JsonNode summary(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
