package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.lifecircle.service.coverage.CoverageJob;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.coverage.CoverageRequest;
import org.lifecircle.service.coverage.DemoJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The unit endpoints on the demo city (imported with its streets and communities): each level's
 * outlines carry the figures units.csv has for the same units when the demo's files are run
 * directly (the oracle), the tier rows say which streets lack their station, and a level that is
 * not one is a 400 naming the levels.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitApiTest {

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();
    /** units.csv's rows of the run on the demo's files, by code. */
    private static Map<String, Map<String, Object>> fromFiles;

    @BeforeAll
    static void runTheDemoFiles() {
        CoverageReport report = new CoverageJob(new CoverageRequest(DemoJob.sourcesWithUnits(Path.of("gis-data",
                "demo")), CoverageParameters.defaults(), Path.of("unused"))).run();
        Layer units = report.unitLayers().units();
        fromFiles = new HashMap<>();
        for (LayerFeature unit : units.features()) {
            Map<String, Object> values = new HashMap<>();
            for (int f = 0; f < units.fields().size(); f++) {
                values.put(units.fields().get(f).name(), unit.value(f));
            }
            fromFiles.put((String) unit.value(units.getField("code")), values);
        }
    }

    private JsonNode get(String path, HttpStatus status) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }

    @Test
    void theDatasetSaysWhichLevelsItHas() throws Exception {
        assertThat(get("/api/datasets/demo", HttpStatus.OK).get("unitLevels")).extracting(JsonNode::asText)
                .containsExactly("district", "street", "community");
    }

    @Test
    void streetOutlinesCarryTheFiguresOfUnitsCsv() throws Exception {
        JsonNode streets = get("/api/datasets/demo/units?level=street&zoom=14", HttpStatus.OK);
        List<String> codes = new ArrayList<>();
        for (JsonNode street : streets.get("features")) {
            JsonNode p = street.get("properties");
            String code = p.get("code").asText();
            codes.add(code);
            Map<String, Object> expected = fromFiles.get(code);
            assertThat(p.get("level").asText()).isEqualTo("street");
            assertThat(p.get("name").asText()).isEqualTo(expected.get("name"));
            assertThat(p.get("parent_code").asText()).isEqualTo(expected.get("parent_code"));
            assertThat(p.get("population").asDouble()).isCloseTo(((Number) expected.get("population")).doubleValue(),
                    within(1e-6));
            assertThat(p.get("elderly_care_coverage_pct").asDouble()).isCloseTo(
                    ((Number) expected.get("elderly_care_coverage_pct")).doubleValue(), within(1e-9));
            assertThat(street.at("/geometry/type").asText()).isIn("Polygon", "MultiPolygon");
        }
        assertThat(codes).containsExactly("129901001", "129901002", "129902001", "129902002");
        assertThat(get("/api/datasets/demo/units?level=community", HttpStatus.OK).get("features")).hasSize(5);
    }

    @Test
    void districtUnitsAgreeWithTheDistrictTable() throws Exception {
        JsonNode districts = get("/api/datasets/demo/units?level=district", HttpStatus.OK).get("features");
        JsonNode rows = get("/api/datasets/demo/districts?category=elderly_care", HttpStatus.OK).get("rows");
        assertThat(districts).hasSize(2);
        for (JsonNode row : rows) {
            JsonNode unit = null;
            for (JsonNode d : districts) {
                if (d.at("/properties/code").asText().equals(row.get("district_code").asText())) {
                    unit = d.get("properties");
                }
            }
            assertThat(unit).as(row.toString()).isNotNull();
            assertThat(unit.get("elderly_care_coverage_pct").asDouble()).isEqualTo(row.get("coverage_pct").asDouble());
        }
    }

    /** The page's export of units and tiers holds what the units API shows, level by level. */
    @Test
    void theMapsExportHoldsTheUnitsAndTierRowsTheApiShows() throws Exception {
        JsonNode units = get("/api/datasets/demo/export?layer=units&format=geojson", HttpStatus.OK).get("features");
        JsonNode tiers = get("/api/datasets/demo/export?layer=tiers&format=geojson", HttpStatus.OK).get("features");
        for (String level : List.of("district", "street", "community")) {
            List<String> shown = new ArrayList<>();
            get("/api/datasets/demo/units?level=" + level, HttpStatus.OK).get("features")
                    .forEach(f -> shown.add(f.at("/properties/code").asText()));
            List<String> exported = new ArrayList<>();
            units.forEach(f -> {
                if (f.at("/properties/level").asText().equals(level)) {
                    exported.add(f.at("/properties/code").asText());
                }
            });
            assertThat(exported).as(level).containsExactlyInAnyOrderElementsOf(shown);
            List<String> tierRows = new ArrayList<>();
            get("/api/datasets/demo/units/tiers?level=" + level, HttpStatus.OK).get("rows")
                    .forEach(r -> tierRows.add(r.get("code").asText() + " " + r.get("present").asText()));
            List<String> exportedTiers = new ArrayList<>();
            tiers.forEach(f -> {
                if (f.at("/properties/level").asText().equals(level)) {
                    exportedTiers.add(f.at("/properties/code").asText() + " " + f.at("/properties/present").asText());
                }
            });
            assertThat(exportedTiers).as(level).containsExactlyInAnyOrderElementsOf(tierRows);
        }
    }

    @Test
    void tierRowsNameTheStreetsWithoutAStation() throws Exception {
        JsonNode rows = get("/api/datasets/demo/units/tiers?level=street", HttpStatus.OK).get("rows");
        Map<String, Boolean> present = new HashMap<>();
        for (JsonNode row : rows) {
            assertThat(row.get("level").asText()).isEqualTo("street");
            if (row.get("category").asText().equals("elderly_care")) {
                assertThat(row.get("required_tier").asText()).isEqualTo("street_station");
                present.put(row.get("code").asText(), row.get("present").asBoolean());
            }
        }
        // the demo's expected gaps: 东湖街道 and 北塘街道 have no street station (expected-gaps.csv)
        assertThat(present).containsExactlyInAnyOrderEntriesOf(Map.of("129901001", true, "129901002", true,
                "129902001", false, "129902002", false));
    }

    @Test
    void aLevelThatIsNoneIsA400AndAnUnknownDatasetA404() throws Exception {
        JsonNode bad = get("/api/datasets/demo/units?level=province", HttpStatus.BAD_REQUEST);
        assertThat(bad.get("message").asText()).contains("'province' is not a unit level (district, street, community)");
        get("/api/datasets/demo/units/tiers?level=", HttpStatus.BAD_REQUEST);
        get("/api/datasets/demo/units", HttpStatus.BAD_REQUEST);
        get("/api/datasets/nowhere/units?level=street", HttpStatus.NOT_FOUND);
    }

    @Test
    void theOpenApiDescriptionListsTheUnitEndpoints() throws Exception {
        JsonNode paths = get("/v3/api-docs", HttpStatus.OK).get("paths");
        assertThat(paths.has("/api/datasets/{dataset}/units")).isTrue();
        assertThat(paths.has("/api/datasets/{dataset}/units/tiers")).isTrue();
        assertThat(paths.at("/~1api~1datasets~1{dataset}~1units/get/parameters").toString()).contains("level");
    }
}
