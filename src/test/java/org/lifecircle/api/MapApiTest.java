package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The REST API on the demo city, over a real port. */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapApiTest {

    static final String WHOLE_DEMO = "117.17,39.10,117.23,39.14";

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** The GeoJSON feature of a demo area by its source id. */
    JsonNode area(String sourceId) throws Exception {
        for (JsonNode feature : get("/api/datasets/demo/areas?bbox=" + WHOLE_DEMO).get("features")) {
            if (feature.at("/properties/source_id").asText().equals(sourceId)) {
                return feature;
            }
        }
        throw new AssertionError("no area " + sourceId);
    }

    @Test
    void listsTheDemoDataset() throws Exception {
        JsonNode datasets = get("/api/datasets");
        assertThat(datasets).hasSize(1);
        assertThat(datasets.get(0).get("name").asText()).isEqualTo("demo");
        assertThat(datasets.get(0).get("areas").asInt()).isEqualTo(18);
    }

    @Test
    void areasCarryDistanceNearestFacilityAndStatus() throws Exception {
        JsonNode dh05 = area("DH-05");
        JsonNode elderly = dh05.get("properties");
        assertThat(elderly.get("elderly_care_covered").asBoolean()).isFalse();
        assertThat(elderly.get("elderly_care_distance_m").asDouble()).isGreaterThan(720);
        assertThat(dh05.at("/properties/population").asDouble()).isPositive();
        assertThat(dh05.at("/geometry/type").asText()).isEqualTo("Polygon");
    }

    @Test
    void viewportLimitsTheAreas() throws Exception {
        int all = get("/api/datasets/demo/areas?bbox=" + WHOLE_DEMO).get("features").size();
        int west = get("/api/datasets/demo/areas?bbox=117.17,39.10,117.195,39.14").get("features").size();
        assertThat(all).isEqualTo(18);
        assertThat(west).isPositive().isLessThan(all);
        int uncovered = get("/api/datasets/demo/areas?bbox=" + WHOLE_DEMO + "&category=elderly_care&status=uncovered")
                .get("features").size();
        assertThat(uncovered).isEqualTo(3);
    }

    @Test
    void districtsCompareCoverageWithTheTarget() throws Exception {
        JsonNode rows = get("/api/datasets/demo/districts?category=elderly_care").get("rows");
        assertThat(rows).hasSize(2);
        for (JsonNode row : rows) {
            boolean full = row.get("areas_covered").asInt() == row.get("areas").asInt();
            assertThat(row.get("pass").asBoolean()).isEqualTo(full);
            assertThat(row.get("target_pct").asDouble()).isEqualTo(100);
        }
    }

    @Test
    void aThresholdOverrideChangesTheFigures() throws Exception {
        JsonNode strict = get("/api/datasets/demo/districts?category=convenience&maxWalkMeters=100").get("rows");
        JsonNode loose = get("/api/datasets/demo/districts?category=convenience&maxWalkMeters=3000").get("rows");
        double strictCovered = strict.get(0).get("areas_covered").asDouble() + strict.get(1).get("areas_covered").asDouble();
        assertThat(strictCovered).isLessThan(18);
        assertThat(loose.get(0).get("coverage_pct").asDouble()).isEqualTo(100);
    }

    @Test
    void aProposedFacilityCoversTheGapAndLiftsItsDistrict() throws Exception {
        JsonNode dh05 = area("DH-05");
        double[] centre = centre(dh05.get("geometry"));
        Map<String, Object> request = Map.of("category", "elderly_care",
                "proposals", List.of(Map.of("category", "elderly_care", "name", "新日间照料", "lon", centre[0], "lat", centre[1])));
        ResponseEntity<String> response = http.postForEntity("/api/datasets/demo/whatif", request, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode result = json.readTree(response.getBody());
        int id = dh05.at("/properties/area_id").asInt();
        JsonNode changed = null;
        for (JsonNode a : result.get("areas")) {
            if (a.get("area_id").asInt() == id) {
                changed = a;
            }
        }
        assertThat(changed).as("DH-05 among the changed areas").isNotNull();
        assertThat(changed.get("covered").asBoolean()).isTrue();
        assertThat(changed.get("facility_name").asText()).isEqualTo("新日间照料");
        JsonNode east = result.get("districts").get(1);
        assertThat(east.get("coverage_pct").asDouble()).isGreaterThan(66.2);
    }

    static double[] centre(JsonNode polygon) {
        JsonNode ring = polygon.get("coordinates").get(0);
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            lon += ring.get(i).get(0).asDouble();
            lat += ring.get(i).get(1).asDouble();
        }
        return new double[] {lon / (ring.size() - 1), lat / (ring.size() - 1)};
    }

    @Test
    void scenariosAreSavedListedAndDeleted() throws Exception {
        Map<String, Object> request = Map.of("name", "2027 方案 'A'", "proposals",
                List.of(Map.of("category", "childcare", "name", "x", "lon", 117.2, "lat", 39.12)));
        ResponseEntity<String> saved = http.postForEntity("/api/datasets/demo/scenarios", request, String.class);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(saved.getBody()).get("id").asText();
        JsonNode list = get("/api/datasets/demo/scenarios");
        assertThat(list.findValuesAsText("name")).contains("2027 方案 'A'");
        http.delete("/api/datasets/demo/scenarios/" + id);
        assertThat(get("/api/datasets/demo/scenarios").findValuesAsText("id")).doesNotContain(id);
        assertThat(http.exchange("/api/datasets/demo/scenarios/" + id, org.springframework.http.HttpMethod.DELETE, null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePageLeafletAndTheOpenApiDescriptionAreServedLocally() throws Exception {
        ResponseEntity<String> page = http.getForEntity("/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("/webjars/leaflet/1.9.4/dist/leaflet.js").doesNotContain("https://");
        assertThat(http.getForEntity("/webjars/leaflet/1.9.4/dist/leaflet.js", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode api = get("/v3/api-docs");
        assertThat(api.get("paths").has("/api/datasets/{dataset}/areas")).isTrue();
        assertThat(api.get("paths").has("/api/datasets/{dataset}/whatif")).isTrue();
    }

    @Test
    void exportsAreFilesWithSafeNames() throws Exception {
        ResponseEntity<byte[]> zip = http.getForEntity("/api/datasets/demo/export?layer=gaps&format=shp&encoding=gbk",
                byte[].class);
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("demo-gaps.zip");
        assertThat(zip.getBody()).startsWith(0x50, 0x4B);
        ResponseEntity<String> geojson = http.getForEntity("/api/datasets/demo/export?layer=gaps&format=geojson",
                String.class);
        assertThat(json.readTree(geojson.getBody()).get("features")).hasSize(5);
        ResponseEntity<String> bad = http.getForEntity("/api/datasets/demo/export?layer=gaps&format=kml", String.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("unknown format 'kml'");
    }

    @Test
    void catchmentsExportInNestedMinuteBands() throws Exception {
        ResponseEntity<String> banded = http.getForEntity("/api/datasets/demo/export?layer=catchments&format=geojson"
                + "&category=elderly_care&bands=5,10,15", String.class);
        assertThat(banded.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode features = json.readTree(banded.getBody()).get("features");
        assertThat(features).hasSize(3);
        double previousArea = 0;
        for (int i = 0; i < 3; i++) {
            JsonNode p = features.get(i).get("properties");
            assertThat(p.get("band_minutes").asDouble()).isEqualTo(5.0 * (i + 1));
            // the profile's 0.8 m/s for older people: 5 minutes = 240 m
            assertThat(p.get("max_walk_m").asDouble()).isEqualTo(240.0 * (i + 1));
            assertThat(p.get("area_m2").asDouble()).as("bands are nested").isGreaterThan(previousArea);
            previousArea = p.get("area_m2").asDouble();
        }
        ResponseEntity<String> faster = http.getForEntity("/api/datasets/demo/export?layer=catchments&format=geojson"
                + "&category=elderly_care&bands=10&speedMetersPerSecond=1.2", String.class);
        assertThat(json.readTree(faster.getBody()).at("/features/0/properties/max_walk_m").asDouble()).isEqualTo(720);
    }

    @Test
    void badBandsAreRefusedWithTheReason() {
        String base = "/api/datasets/demo/export?format=geojson&category=elderly_care";
        assertRefused(base + "&layer=catchments&bands=5,x", "band 'x' is not a number of minutes");
        assertRefused(base + "&layer=catchments&bands=0", "bands must be above 0 and at most 60 minutes");
        assertRefused(base + "&layer=catchments&bands=90", "bands must be above 0 and at most 60 minutes");
        assertRefused(base + "&layer=catchments&bands=1,2,3,4,5,6,7", "at most 6 bands");
        assertRefused(base + "&layer=catchments&bands=5&speedMetersPerSecond=40", "speedMetersPerSecond must be");
        assertRefused(base + "&layer=gaps&bands=5,10", "bands apply to the catchments layer only");
        assertRefused("/api/datasets/demo/export?format=geojson&category=childcare&layer=catchments&bands=5",
                "give a walking speed");
    }

    private void assertRefused(String url, String reason) {
        ResponseEntity<String> refused = http.getForEntity(url, String.class);
        assertThat(refused.getStatusCode().value()).as(url).isEqualTo(400);
        assertThat(refused.getBody()).as(url).contains(reason);
    }

    @Test
    void catchmentsAreNetworkPolygons() throws Exception {
        JsonNode dissolved = get("/api/datasets/demo/catchments?category=elderly_care");
        assertThat(dissolved.get("features")).hasSize(1);
        assertThat(dissolved.at("/features/0/properties/max_walk_m").asDouble()).isEqualTo(720);
        JsonNode split = get("/api/datasets/demo/catchments?category=elderly_care&form=split");
        assertThat(split.get("features").size()).isGreaterThan(1);
    }
}
