package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.testdata.TestData;

class CoverageCommandTest {

    private static final String CHENGDU = TestData.osm("chengdu-central-2018").toString();

    @TempDir
    static Path shared;
    private static Path fromOsm;

    @TempDir
    Path folder;

    /** Not redistributable, so from ../shared/data: the tests that use it are skipped without it. */
    private static String districtsGcj02() {
        return TestData.boundary("chengdu-districts.gcj02.geojson") + "@gcj02";
    }

    /**
     * Chengdu's coverage from the OSM extract with the GCJ-02 districts, run once for the tests
     * that share it (on first use rather than in a BeforeAll, so that without the district file
     * only these tests are skipped, not the whole class).
     */
    private static synchronized Path fromOsm() {
        if (fromOsm == null) {
            String districts = districtsGcj02();
            Path out = shared.resolve("osm");
            GraphCommandTest.Run run = GraphCommandTest.cli("coverage", "--osm", CHENGDU, "--districts", districts,
                    "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            fromOsm = out;
        }
        return fromOsm;
    }

    /** Rows of a CSV file as maps from column name to cell (no quoted commas in these files' checked columns). */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        return lines.stream().skip(1).map(line -> {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            return row;
        }).toList();
    }

    @Test
    void coveredFlagsFollowTheProfileThresholds() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(fromOsm().resolve("summary.json").toFile());
        Map<String, Double> threshold = new HashMap<>();
        summary.at("/profile/rules").forEach(rule -> threshold.put(rule.get("category").asText(),
                rule.get("maxWalkMeters").asDouble()));
        assertThat(summary.at("/profile/id").asText()).isEqualTo("tianjin-2022");
        assertThat(threshold.get("elderly_care")).isCloseTo(720, within(1e-9));
        for (Map<String, String> row : rows(fromOsm().resolve("coverage.csv"))) {
            for (String category : threshold.keySet()) {
                String distance = row.get(category + "_distance_m");
                boolean covered = Boolean.parseBoolean(row.get(category + "_covered"));
                assertThat(covered).as(row.get("source_id") + " " + category)
                        .isEqualTo(!distance.isEmpty() && Double.parseDouble(distance) <= threshold.get(category));
            }
        }
    }

    @Test
    void coverageRowsCarryOsmIdsDistrictsAndPopulation() throws IOException {
        List<Map<String, String>> rows = rows(fromOsm().resolve("coverage.csv"));
        assertThat(rows).hasSizeGreaterThan(300);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("source_id")).matches("(way|relation)/\\d+");
            assertThat(row.get("population_source")).isEqualTo("floor_area_estimate");
            assertThat(Double.parseDouble(row.get("population"))).isPositive();
        });
        assertThat(rows.stream().filter(r -> r.get("district_name").equals("成华区"))).isNotEmpty();
    }

    @Test
    void districtTotalsAddUpToTheAreas() throws IOException {
        List<Map<String, String>> coverage = rows(fromOsm().resolve("coverage.csv"));
        List<Map<String, String>> districts = rows(fromOsm().resolve("districts.csv"));
        int areas = districts.stream().filter(r -> r.get("category").equals("convenience"))
                .mapToInt(r -> Integer.parseInt(r.get("areas"))).sum();
        assertThat(areas).isEqualTo(coverage.size());
        long coveredConvenience = coverage.stream().filter(r -> r.get("convenience_covered").equals("true")).count();
        assertThat(districts.stream().filter(r -> r.get("category").equals("convenience"))
                .mapToInt(r -> Integer.parseInt(r.get("areas_covered"))).sum()).isEqualTo((int) coveredConvenience);
        Map<String, String> chenghua = districts.stream()
                .filter(r -> r.get("district_code").equals("510108") && r.get("category").equals("elderly_care"))
                .findFirst().orElseThrow();
        // No elderly-care facility is mapped in the extract: nothing covered, target 100 % missed.
        assertThat(chenghua.get("areas_covered")).isEqualTo("0");
        assertThat(chenghua.get("pass")).isEqualTo("false");
    }

    @Test
    void gcj02AndWgs84DistrictFilesAssignAtLeast99PercentAlike() throws IOException {
        Path wgs = folder.resolve("wgs");
        String districtsWgs84 = TestData.boundary("chengdu-districts.wgs84.geojson").toString();
        List<Map<String, String>> a = rows(fromOsm().resolve("coverage.csv"));
        assertThat(GraphCommandTest.cli("coverage", "--osm", CHENGDU, "--districts", districtsWgs84,
                "--out", wgs.toString()).exitCode()).isZero();
        List<Map<String, String>> b = rows(wgs.resolve("coverage.csv"));
        assertThat(b).hasSameSizeAs(a);
        long same = 0;
        for (int i = 0; i < a.size(); i++) {
            same += a.get(i).get("district_code").equals(b.get(i).get("district_code")) ? 1 : 0;
        }
        assertThat((double) same / a.size()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void derivedGeoJsonFilesGiveTheSameFacilitiesAsTheOsmFile() throws IOException {
        Path out = folder.resolve("files");
        GraphCommandTest.Run run = GraphCommandTest.cli("coverage", "--osm", CHENGDU,
                "--facilities", TestData.derived("chengdu-central-2018.facilities").toString(),
                "--residential", TestData.derived("chengdu-central-2018.residential").toString(),
                "--profile", "gb50180-2018", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = rows(out.resolve("coverage.csv"));
        assertThat(rows).hasSize(352);
        assertThat(rows.get(0).get("source_id")).isEqualTo("way/195510641");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        // the six childcare facilities of the former one childcare rule, now a nursery and a kindergarten rule
        assertThat(summary.at("/counts/facilities/nursery").asInt() + summary.at("/counts/facilities/kindergarten").asInt())
                .isEqualTo(6);
        assertThat(summary.at("/counts/facilities").has("childcare")).isFalse();
        assertThat(summary.at("/counts/facilities/convenience").asInt()).isEqualTo(28);
        assertThat(summary.at("/profile/id").asText()).isEqualTo("gb50180-2018");
    }

    @Test
    void censusTotalsScaleTheEstimates() throws IOException {
        Path census = folder.resolve("census.csv");
        Files.writeString(census, "adcode,district,population\n510108,成华区,1000000\n510000,四川省,83670000\n");
        Path out = folder.resolve("census");
        assertThat(GraphCommandTest.cli("coverage", "--osm", CHENGDU, "--districts", districtsGcj02(),
                "--population", census.toString(), "--out", out.toString()).exitCode()).isZero();
        double chenghua = rows(out.resolve("coverage.csv")).stream().filter(r -> r.get("district_code").equals("510108"))
                .peek(r -> assertThat(r.get("population_source")).isEqualTo("census_scaled"))
                .mapToDouble(r -> Double.parseDouble(r.get("population"))).sum();
        assertThat(chenghua).isCloseTo(1_000_000, within(200.0));
    }

    @Test
    void otherCitiesRun() throws IOException {
        for (String city : List.of("beijing-haidian-2026", "shenzhen-longgang-2019")) {
            Path out = folder.resolve(city);
            GraphCommandTest.Run run = GraphCommandTest.cli("coverage", "--osm", TestData.osm(city).toString(),
                    "--out", out.toString());
            assertThat(run.exitCode()).as(city + ": " + run.err()).isZero();
            assertThat(rows(out.resolve("coverage.csv"))).as(city).isNotEmpty();
            assertThat(Files.readString(out.resolve("report.html"))).contains("tianjin-2022");
            assertThat(new ObjectMapper().readTree(out.resolve("gaps.geojson").toFile()).get("type").asText())
                    .isEqualTo("FeatureCollection");
        }
    }

    @Test
    void batchWritesOneFolderPerDistrictAndFailsOnTarget() throws IOException {
        Path out = folder.resolve("batch");
        GraphCommandTest.Run run = GraphCommandTest.cli("batch", "--osm", CHENGDU, "--districts", districtsGcj02(),
                "--fail-on-target", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("成华区 510108 (elderly_care)");
        Path chenghua = out.resolve("510108-成华区");
        assertThat(chenghua.resolve("coverage.csv")).exists();
        assertThat(rows(chenghua.resolve("coverage.csv"))).allSatisfy(r -> assertThat(r.get("district_code")).isEqualTo("510108"));
        assertThat(rows(chenghua.resolve("districts.csv"))).extracting(r -> r.get("district_code")).containsOnly("510108");
        assertThat(rows(out.resolve("districts.csv"))).hasSize(rows(fromOsm().resolve("districts.csv")).size());
        GraphCommandTest.Run lenient = GraphCommandTest.cli("batch", "--osm", CHENGDU, "--districts", districtsGcj02(),
                "--out", folder.resolve("batch2").toString());
        assertThat(lenient.exitCode()).isZero();
    }
}
