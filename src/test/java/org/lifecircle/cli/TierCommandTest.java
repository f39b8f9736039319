package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tier checks through the command line on the demo city's files: {@code --units} levels,
 * tiers.csv, and {@code batch --fail-on-target} failing on a unit without its tier alone.
 */
class TierCommandTest {

    private static final Path DEMO = Path.of("gis-data", "demo");

    @TempDir
    Path folder;

    /** Elderly care with a street tier and no coverage target: only the tier can fail. */
    private Path streetTierProfile() throws IOException {
        Path profile = folder.resolve("street-tier.yaml");
        Files.writeString(profile, """
                id: street-tier
                categories:
                  elderly_care:
                    max_walk_meters: 720
                    tiers: {street: street_station}
                """);
        return profile;
    }

    private List<String> demoInputs(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--osm", DEMO.resolve("network.osm").toString(),
                "--facilities", DEMO.resolve("facilities.csv") + "@gcj02",
                "--residential", DEMO.resolve("residential.geojson").toString(),
                "--units", "district=" + DEMO.resolve("districts.geojson"),
                "--units", "street=" + DEMO.resolve("streets.geojson")));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void batchFailsOnAStreetWithoutItsStationAlone() throws IOException {
        Path out = folder.resolve("batch");
        List<String> args = new java.util.ArrayList<>(List.of("batch"));
        args.addAll(demoInputs("--profile", streetTierProfile().toString(), "--fail-on-target", "--out",
                out.toString()));
        GraphCommandTest.Run run = GraphCommandTest.cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("东湖街道 129902001 (street, elderly_care tier street_station: 0 of 1)")
                .contains("北塘街道 129902002 (street, elderly_care tier street_station: 0 of 1)")
                .doesNotContain("解放街道");
        assertThat(run.out()).contains("2 targets missed");
        List<Map<String, String>> tiers = CoverageCommandTest.rows(out.resolve("tiers.csv"));
        assertThat(tiers).extracting(r -> r.get("code") + "=" + r.get("present")).containsExactly(
                "129901001=true", "129901002=true", "129902001=false", "129902002=false");
    }

    @Test
    void coverageWritesTheUnitsOfTheLevelsGiven() throws IOException {
        Path out = folder.resolve("coverage");
        List<String> args = new java.util.ArrayList<>(List.of("coverage"));
        args.addAll(demoInputs("--out", out.toString()));
        GraphCommandTest.Run run = GraphCommandTest.cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> units = CoverageCommandTest.rows(out.resolve("units.csv"));
        assertThat(units).extracting(r -> r.get("level")).containsExactly("district", "district", "street", "street",
                "street", "street");
        // tianjin-2022's tier rule names three levels; only the two given are checked
        assertThat(CoverageCommandTest.rows(out.resolve("tiers.csv"))).extracting(r -> r.get("level"))
                .containsOnly("district", "street").hasSize(6);
        assertThat(Files.readString(out.resolve("report.html"))).contains("三级设施配置").contains("东湖街道");
    }

    @Test
    void importKeepsTheStreetsAndCoverageOfTheDatasetWritesTheSameUnitsAndTiers() throws IOException {
        Map<String, String> env = Map.of("LIFECIRCLE_DATA_DIR", folder.resolve("store").toString());
        List<String> args = new java.util.ArrayList<>(List.of("import", "--name", "tiered"));
        args.addAll(demoInputs());
        GraphCommandTest.Run imported = StoreCommandsTest.cli(env, args.toArray(String[]::new));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        GraphCommandTest.Run show = StoreCommandsTest.cli(env, "show", "tiered");
        assertThat(show.out()).contains("source\tstreets\t");
        Path fromDataset = folder.resolve("from-dataset");
        GraphCommandTest.Run run = StoreCommandsTest.cli(env, "coverage", "--dataset", "tiered", "--out",
                fromDataset.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path fromFiles = folder.resolve("from-files");
        List<String> coverage = new java.util.ArrayList<>(List.of("coverage"));
        coverage.addAll(demoInputs("--out", fromFiles.toString()));
        assertThat(GraphCommandTest.cli(coverage.toArray(String[]::new)).exitCode()).isZero();
        for (String name : List.of("units.csv", "tiers.csv")) {
            assertThat(Files.readString(fromDataset.resolve(name))).as(name)
                    .isEqualTo(Files.readString(fromFiles.resolve(name))).contains("129902001");
        }
    }

    @Test
    void aStreetInTwoDistrictsRefusesTheImportAndStoresNothing() throws IOException {
        Path streets = folder.resolve("streets.geojson");
        Files.writeString(streets, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"129900001\",\"name\":\"跨河街道\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[117.1941,39.11],[117.2059,39.11],[117.2059,39.13],[117.1941,39.13],[117.1941,39.11]]]}}]}\n");
        Map<String, String> env = Map.of("LIFECIRCLE_DATA_DIR", folder.resolve("store").toString());
        GraphCommandTest.Run run = StoreCommandsTest.cli(env, "import", "--name", "across", "--osm",
                DEMO.resolve("network.osm").toString(), "--districts", DEMO.resolve("districts.geojson").toString(),
                "--units", "street=" + streets);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("lifecircle: street 129900001 (跨河街道, streets.geojson feature 1)"
                + " lies in two districts");
        assertThat(StoreCommandsTest.cli(env, "list").out()).doesNotContain("across");
    }

    @Test
    void aStreetAcrossTwoDistrictsIsOneLineNamingIt() throws IOException {
        Path streets = folder.resolve("streets.geojson");
        // one street over the river: x 1,000..2,000 m of the demo plan (117.1941..117.2059 E), half in each district
        Files.writeString(streets, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"129900001\",\"name\":\"跨河街道\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[117.1941,39.11],[117.2059,39.11],[117.2059,39.13],[117.1941,39.13],[117.1941,39.11]]]}}]}\n");
        List<String> args = new java.util.ArrayList<>(List.of("coverage", "--osm", DEMO.resolve("network.osm").toString(),
                "--districts", DEMO.resolve("districts.geojson").toString(), "--units", "street=" + streets,
                "--out", folder.resolve("out").toString()));
        GraphCommandTest.Run run = GraphCommandTest.cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("lifecircle: street 129900001 (跨河街道, streets.geojson feature 1) lies"
                + " in two districts: 129901 (50 %) and 129902 (50 %); give it a parent_code or split it");
    }
}
