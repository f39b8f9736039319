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

    /**
     * {@code batch --level street} on the demo: one folder per street (code-name), each the coverage
     * outputs of the areas the street holds; every area in exactly one folder, inside its street's
     * district (units.csv's parent_code), as many as units.csv counts for the street.
     */
    @Test
    void batchByStreetWritesOneFolderPerStreet() throws IOException {
        Path out = folder.resolve("by-street");
        List<String> args = new java.util.ArrayList<>(List.of("batch"));
        args.addAll(demoInputs("--level", "street", "--out", out.toString()));
        GraphCommandTest.Run run = GraphCommandTest.cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> streets = CoverageCommandTest.rows(out.resolve("units.csv")).stream()
                .filter(r -> r.get("level").equals("street")).toList();
        assertThat(streets).hasSize(4);
        List<String> expectedFolders = streets.stream().map(r -> r.get("code") + "-" + r.get("name")).sorted().toList();
        try (var listing = Files.list(out)) {
            assertThat(listing.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(expectedFolders).contains("129901001-解放街道");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map<String, String> street : streets) {
            Path unit = out.resolve(street.get("code") + "-" + street.get("name"));
            List<Map<String, String>> areas = CoverageCommandTest.rows(unit.resolve("coverage.csv"));
            assertThat(areas).hasSize(Integer.parseInt(street.get("areas")))
                    .allSatisfy(a -> assertThat(a.get("district_code")).isEqualTo(street.get("parent_code")));
            areas.forEach(a -> assertThat(seen.add(a.get("source_id"))).as(a.get("source_id")).isTrue());
            assertThat(CoverageCommandTest.rows(unit.resolve("districts.csv"))).extracting(r -> r.get("district_code"))
                    .containsOnly(street.get("code"));
            assertThat(unit.resolve("report.html")).exists();
            assertThat(unit.resolve("gaps.geojson")).exists();
        }
        assertThat(seen).as("every area of the demo in one street's folder").hasSize(countAreas());
    }

    private static int countAreas() throws IOException {
        String text = Files.readString(DEMO.resolve("residential.geojson"));
        return text.split("\"type\":\"Feature\"", -1).length - 1;
    }

    @Test
    void batchByCommunityNeedsTheCommunities() throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("batch"));
        args.addAll(demoInputs("--level", "community", "--out", folder.resolve("c").toString()));
        GraphCommandTest.Run run = GraphCommandTest.cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("lifecircle: batch --level community needs the community boundaries:"
                + " give --units community=FILE");
    }

    /**
     * A community-share target on the demo's five communities (elderly-care facilities only, no
     * canteens). By the demo's plan (DemoUnits, expected-gaps.csv) 北塘社区 has no elderly facility
     * of any tier, while 西郊社区 has its community site, 解放南里社区 its street's station, 锦绣社区
     * (all of 临河街道) 临河街日间照料中心 and 东湖新村社区 (all of 东湖街道) the district centre: 4
     * of 5 communities served (80 %), 东湖区 1 of 2 (50 %), 北塘街道 0 of 1, 西岭区 3 of 3.
     */
    @Test
    void batchFailsOnAShareOfCommunitiesServedBelowTarget() throws IOException {
        Path profile = folder.resolve("community-share.yaml");
        Files.writeString(profile, """
                id: community-share
                categories:
                  elderly_care:
                    max_walk_meters: 720
                    community_share_target_pct: 100
                """);
        Path out = folder.resolve("shares");
        List<String> args = new java.util.ArrayList<>(List.of("batch"));
        args.addAll(demoInputs("--units", "community=" + DEMO.resolve("communities.geojson"), "--profile",
                profile.toString(), "--fail-on-target", "--out", out.toString()));
        GraphCommandTest.Run run = GraphCommandTest.cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("overall (elderly_care community share: 4 of 5 communities, 80.0 % < 100.0 %)")
                .contains("东湖区 129902 (district, elderly_care community share: 1 of 2 communities, 50.0 % < 100.0 %)")
                .contains("北塘街道 129902002 (street, elderly_care community share: 0 of 1 communities, 0.0 % < 100.0 %)")
                .doesNotContain("西岭区 129901 (district, elderly_care community share");
        assertThat(run.out()).contains("3 targets missed");
        List<Map<String, String>> districts = CoverageCommandTest.rows(out.resolve("districts.csv"));
        assertThat(districts).extracting(r -> r.get("district_code") + " " + r.get("communities_served") + "/"
                + r.get("communities") + " " + r.get("community_share_pct") + " " + r.get("community_share_pass"))
                .containsExactly("129901 3/3 100.0 true", "129902 1/2 50.0 false");
        assertThat(CoverageCommandTest.rows(out.resolve("units.csv"))).filteredOn(r -> r.get("level").equals("community"))
                .extracting(r -> r.get("name") + "=" + r.get("elderly_care_communities_served"))
                .containsExactly("西郊社区=1", "解放南里社区=1", "锦绣社区=1", "东湖新村社区=1", "北塘社区=0");
        var overall = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .get("communityShares").get(0);
        assertThat(overall.get("category").asText() + " " + overall.get("servedBy").asText() + " "
                + overall.get("communitiesServed").asInt() + "/" + overall.get("communities").asInt() + " "
                + overall.get("sharePct").asDouble() + " " + overall.get("pass").asBoolean())
                .isEqualTo("elderly_care inside 4/5 80.0 false");
        assertThat(Files.readString(out.resolve("129902-东湖区").resolve("report.html"))).contains("社区覆盖率")
                .contains("北塘社区");
    }
}
