package org.lifecircle.service.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.demo.DemoFiles;
import org.lifecircle.io.csv.CsvRecords;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.options.OptionTypes;
import org.lifecircle.service.export.CatchmentRequest;
import org.lifecircle.service.export.ExportJob;
import org.lifecircle.service.export.ExportRequest;

/**
 * Names that a spreadsheet would evaluate (OWASP's CSV injection: cells starting with = + - @, a
 * tab or a carriage return) reach every CSV the product writes as text: a leading single quote and
 * quotes around the cell. The demo city with such names for a facility, two areas and a district,
 * run and exported, and every file read back. (Leading tabs and carriage returns are stripped by
 * the input readers; ExportUnitsTest writes them directly.)
 */
class CsvInjectionTest {

    private static final String FACILITY = "=cmd|' /C calc'!A0";
    private static final String AREA_PLUS = "+SUM(1,2)*cmd|' /C calc'!A0";
    private static final String AREA_TAB = "\t=1+1";
    private static final String AREA_RETURN = "\r=HYPERLINK(\"http://example.invalid\")";
    private static final String DISTRICT = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String DISTRICT_CODE = "-129901";

    @TempDir
    static Path folder;
    static CoverageReport report;
    static Path runOut;

    @BeforeAll
    static void runTheDemoWithHostileNames() throws IOException {
        Path demo = DemoJob.defaultFolder();
        Path inputs = Files.createDirectories(folder.resolve("inputs"));
        Files.copy(demo.resolve(DemoFiles.NETWORK), inputs.resolve(DemoFiles.NETWORK));
        replace(demo, inputs, DemoFiles.FACILITIES, "西岭区养老服务中心", FACILITY);
        replace(demo, inputs, DemoFiles.RESIDENTIAL, "\"西岭嘉园\"", json(AREA_PLUS));
        replace(inputs, inputs, DemoFiles.RESIDENTIAL, "\"滨河花园\"", json(AREA_TAB));
        replace(inputs, inputs, DemoFiles.RESIDENTIAL, "\"育才里\"", json(AREA_RETURN));
        replace(demo, inputs, DemoFiles.DISTRICTS, "\"西岭区\"", json(DISTRICT));
        replace(inputs, inputs, DemoFiles.DISTRICTS, "\"129901\"", json(DISTRICT_CODE));
        DatasetSources sources = DemoJob.sources(inputs);
        runOut = folder.resolve("run");
        report = new CoverageJob(new CoverageRequest(sources, CoverageParameters.defaults(), runOut)).run();
        CoverageOutputs.write(runOut, report);
    }

    @Test
    void coverageAndDistrictTablesCarryTheNamesAsText() throws IOException {
        List<List<String>> coverage = rows(runOut.resolve("coverage.csv"));
        assertThat(column(coverage, "name")).contains(quoted(AREA_PLUS), quoted(AREA_TAB), quoted(AREA_RETURN));
        assertThat(column(coverage, "district_name")).contains(quoted(DISTRICT));
        assertThat(column(coverage, "elderly_care_facility_name")).contains(quoted(FACILITY));
        assertThat(column(coverage, "district_code")).as("a code that is a number stays one").contains(DISTRICT_CODE);
        List<List<String>> districts = rows(runOut.resolve("districts.csv"));
        assertThat(column(districts, "district_name")).contains(quoted(DISTRICT));
        assertNoCellEvaluates(runOut.resolve("coverage.csv"));
        assertNoCellEvaluates(runOut.resolve("districts.csv"));
        assertThat(Files.readString(runOut.resolve("coverage.csv"))).contains("\"'=cmd|' /C calc'!A0\"");
    }

    @Test
    void csvExportsOfEveryLayerCarryTheNamesAsText() throws IOException {
        var graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(folder.resolve("inputs")
                .resolve(DemoFiles.NETWORK)).graph();
        for (String layer : List.of("facilities", "coverage", "gaps", "districts", "catchments")) {
            Path file = folder.resolve("export-" + layer + ".csv");
            new ExportJob(report, graph, ExportRequest.of(OptionTypes.LAYER.parse(layer), ExportFormat.CSV, file)
                    .withCatchments(CatchmentRequest.defaults().with(CatchmentForm.OVERLAP, Optional.empty()))).run();
            assertNoCellEvaluates(file);
            List<List<String>> rows = rows(file);
            String nameColumn = switch (layer) {
                case "facilities", "catchments" -> layer.equals("facilities") ? "name" : "facility_name";
                case "districts" -> "district_name";
                default -> "name";
            };
            String expected = switch (layer) {
                case "facilities", "catchments" -> FACILITY;
                case "districts" -> DISTRICT;
                case "gaps" -> AREA_TAB;
                default -> AREA_PLUS;
            };
            assertThat(column(rows, nameColumn)).as(layer).contains(quoted(expected));
        }
    }

    /** No cell of the file, as a spreadsheet reads it, starts like a formula (numbers aside). */
    private static void assertNoCellEvaluates(Path file) throws IOException {
        for (List<String> row : rows(file)) {
            for (String cell : row) {
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
                        || cell.matches("-?\\d+(\\.\\d+)?")).as(file.getFileName() + ": " + cell).isTrue();
            }
        }
    }

    /** The cell as written: the readers strip a name's surrounding blanks (the tab, the carriage return). */
    private static String quoted(String payload) {
        return "'" + payload.strip();
    }

    private static List<List<String>> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        CsvRecords.parse(text, ',', file.getFileName().toString()).forEach(row -> rows.add(row.cells()));
        return rows;
    }

    private static List<String> column(List<List<String>> rows, String name) {
        int index = rows.get(0).indexOf(name);
        assertThat(index).as(name + " in " + rows.get(0)).isNotNegative();
        return rows.subList(1, rows.size()).stream().map(row -> row.get(index)).toList();
    }

    private static void replace(Path from, Path into, String file, String text, String replacement) throws IOException {
        String content = Files.readString(from.resolve(file), StandardCharsets.UTF_8);
        assertThat(content).contains(text);
        Files.writeString(into.resolve(file), content.replace(text, replacement), StandardCharsets.UTF_8);
    }

    /** The payload as a JSON string. */
    private static String json(String payload) {
        return '"' + payload.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r") + '"';
    }
}
