package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.csv.CsvRecords;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.io.osm.OsmFeatureExtractor;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Compound gates from a file ({@code --gates}, issue 19 item 5) on the demo city, whose residential
 * areas come from residential.geojson (no entrances of their own). The gates file holds the
 * entrances the demo's OSM file maps on its compounds: with them the demo's gate gaps are found as
 * with OSM (锦绣华庭's only gate faces north, away from 长青幼儿园; 望海花园's south gate is locked, so
 * it is not in the file). A gate added on 锦绣华庭's south wall, the side facing the kindergarten,
 * closes its gap: the oracle that the file's gates are what residents walk from.
 */
class GatesFromFileTest {

    private static final String DEMO = "gis-data/demo/";

    @TempDir
    static Path temp;
    private static List<Coordinate> osmGates;

    @BeforeAll
    static void theDemosMappedGates() {
        osmGates = new ArrayList<>();
        for (ResidentialArea area : OsmFeatureExtractor.extract(Path.of(DEMO + "network.osm"), CategoryTable.load().values())
                .areas()) {
            osmGates.addAll(area.entrances());
        }
        assertThat(osmGates).as("the demo maps gates").hasSizeGreaterThan(5);
    }

    @Test
    void theMappedGatesFromAFileFindTheDemosGateGaps() throws IOException {
        Path out = coverage("mapped", gatesFile("mapped.csv", osmGates));
        Map<String, Map<String, String>> areas = areas(out);
        assertThat(areas.get("XL-06").get("childcare_covered")).isEqualTo("false");
        assertThat(areas.get("DH-07").get("elderly_care_covered")).isEqualTo("false");
        JsonNode gates = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/inputs/gates");
        assertThat(gates.get("gates").asInt()).isEqualTo(osmGates.size());
        assertThat(gates.get("matched").asInt()).as("every mapped gate is on a compound's outline").isEqualTo(osmGates.size());
        assertThat(gates.get("unmatched").asInt()).isZero();
    }

    @Test
    void aGateOnTheWallFacingTheKindergartenClosesTheGap() throws IOException {
        // 长青幼儿园 (CC-01) is 45 m south of 锦绣华庭's wall: a gate on the south wall, straight north of it
        Map<String, Map<String, String>> before = areas(coverage("before", gatesFile("before.csv", osmGates)));
        List<Coordinate> withSouthGate = new ArrayList<>(osmGates);
        withSouthGate.add(southWallGate());
        List<Coordinate> farAway = List.of(new Coordinate(117.30, 39.30));
        List<Coordinate> all = new ArrayList<>(withSouthGate);
        all.addAll(farAway);
        Path out = coverage("south", gatesFile("south.csv", all));
        Map<String, Map<String, String>> after = areas(out);
        assertThat(before.get("XL-06").get("childcare_covered")).isEqualTo("false");
        assertThat(after.get("XL-06").get("childcare_covered")).isEqualTo("true");
        assertThat(Double.parseDouble(after.get("XL-06").get("childcare_distance_m"))).isLessThan(200);
        JsonNode gates = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/inputs/gates");
        assertThat(gates.get("unmatched").asInt()).isEqualTo(1);
        assertThat(gates.at("/unmatchedGates/0").asText()).isEqualTo("south.csv line " + (all.size() + 1));
    }

    @Test
    void aGateThatIsNotAPointIsRefusedNamingItsLine() throws IOException {
        Path file = temp.resolve("lines.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[117.19,39.12],[117.2,39.12]]}}]}",
                StandardCharsets.UTF_8);
        GraphCommandTest.Run run = GraphCommandTest.cli(coverageArgs(temp.resolve("refused"), file.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("lines.geojson feature 1: a gate is one point").contains("not a LineString");
        assertThat(temp.resolve("refused/coverage.csv")).doesNotExist();
    }

    /** The point of 锦绣华庭's outline nearest 长青幼儿园, read from the demo's own files (facilities in GCJ-02). */
    private static Coordinate southWallGate() {
        Geometry compound = FeatureFiles.read(new FileWithCrs(Path.of(DEMO + "residential.geojson"), Optional.empty()))
                .stream().filter(f -> "XL-06".equals(f.findText("id").orElse(""))).findFirst().orElseThrow().geometry();
        Geometry kindergarten = FeatureFiles.read(new FileWithCrs(Path.of(DEMO + "facilities.csv"),
                Optional.of(CrsSpec.gcj02()))).stream().filter(f -> "CC-01".equals(f.findText("id").orElse("")))
                .findFirst().orElseThrow().geometry();
        Coordinate gate = DistanceOp.nearestPoints(compound.getBoundary(), kindergarten)[0];
        assertThat(gate.y).as("on the south side").isLessThan(compound.getCentroid().getY());
        return gate;
    }

    private static String gatesFile(String name, List<Coordinate> gates) throws IOException {
        StringBuilder csv = new StringBuilder("id,lon,lat\n");
        for (int i = 0; i < gates.size(); i++) {
            csv.append(String.format(Locale.ROOT, "G%d,%.8f,%.8f%n", i + 1, gates.get(i).x, gates.get(i).y));
        }
        Path file = temp.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file.toString();
    }

    private static Path coverage(String name, String gates) {
        Path out = temp.resolve(name);
        GraphCommandTest.Run run = GraphCommandTest.cli(coverageArgs(out, gates));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static String[] coverageArgs(Path out, String gates) {
        return new String[] {"coverage", "--osm", DEMO + "network.osm", "--facilities", DEMO + "facilities.csv@gcj02",
            "--residential", DEMO + "residential.geojson", "--districts", DEMO + "districts.geojson",
            "--gates", gates, "--out", out.toString()};
    }

    /** coverage.csv's rows by source id, each as column name to cell. */
    private static Map<String, Map<String, String>> areas(Path out) throws IOException {
        List<CsvRecords.Row> rows = CsvRecords.parse(Files.readString(out.resolve("coverage.csv"), StandardCharsets.UTF_8),
                ',', "coverage.csv");
        List<String> header = rows.get(0).cells();
        Map<String, Map<String, String>> bySource = new HashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), row.cells().get(c));
            }
            bySource.put(cells.get("source_id"), cells);
        }
        return bySource;
    }
}
