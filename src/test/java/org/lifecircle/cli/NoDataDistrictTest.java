package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Districts with no residential area inside the data (15 of Chengdu's 20 districts for an
 * extract of the centre) are no_data: districts.csv says so instead of failing them, batch
 * writes no folder for them and report.html lists them apart. Drawn on the demo city with a third
 * district 10 km east of it.
 */
class NoDataDistrictTest {

    private static final Path DEMO = Path.of("gis-data", "demo");

    @TempDir
    static Path folder;
    private static Path districts;

    @BeforeAll
    static void aDistrictOutsideTheExtent() throws IOException {
        String demo = Files.readString(DEMO.resolve("districts.geojson"));
        String far = "{\"type\":\"Feature\",\"properties\":{\"adcode\":\"129909\",\"name\":\"远郊区\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[117.32,39.10],[117.34,39.10],[117.34,39.12],[117.32,39.12],"
                + "[117.32,39.10]]]}}";
        int end = demo.lastIndexOf("]}");
        districts = folder.resolve("districts.geojson");
        Files.writeString(districts, demo.substring(0, end).stripTrailing() + ",\n" + far + "\n]}\n");
    }

    private static GraphCommandTest.Run run(String command, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--osm", DEMO.resolve("network.osm").toString(),
                "--facilities", DEMO.resolve("facilities.csv") + "@gcj02",
                "--residential", DEMO.resolve("residential.geojson").toString(), "--districts", districts.toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        return GraphCommandTest.cli(args.toArray(String[]::new));
    }

    @Test
    void districtsCsvSaysNoDataAndNothingFails() throws IOException {
        Path out = folder.resolve("coverage");
        assertThat(run("coverage", out).exitCode()).isZero();
        List<Map<String, String>> rows = CoverageCommandTest.rows(out.resolve("districts.csv"));
        assertThat(rows).filteredOn(r -> r.get("district_code").equals("129909")).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.get("status")).isEqualTo("no_data");
                    assertThat(r.get("pass")).isEmpty();
                    assertThat(r.get("capacity_pass")).isEmpty();
                });
        assertThat(rows).filteredOn(r -> !r.get("district_code").equals("129909"))
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("assessed"));
        // its tier row (tianjin-2022 asks every district for a centre) is no_data too, not missing
        assertThat(CoverageCommandTest.rows(out.resolve("tiers.csv"))).filteredOn(r -> r.get("code").equals("129909"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("status")).isEqualTo("no_data");
                    assertThat(r.get("present")).isEmpty();
                });
        String report = Files.readString(out.resolve("report.html"));
        assertThat(report).contains("No data 无数据 (1)").contains("远郊区 129909");
        String table = report.substring(report.indexOf("Districts 分区达标情况"), report.indexOf("No data 无数据"));
        assertThat(table).doesNotContain("远郊区");
    }

    @Test
    void batchWritesNoFolderForItAndDoesNotCountIt() throws IOException {
        Path out = folder.resolve("batch");
        GraphCommandTest.Run run = run("batch", out, "--fail-on-target");
        assertThat(run.exitCode()).isEqualTo(3);  // 东湖区 misses its elderly-care target
        assertThat(run.err()).contains("东湖区").doesNotContain("远郊区");
        assertThat(out.resolve("129901-西岭区")).isDirectory();
        assertThat(out.resolve("129909-远郊区")).doesNotExist();
    }
}
