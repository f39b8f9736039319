package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifecircle.demo.DemoFiles;
import org.lifecircle.io.osm.PbfCorpusFiles;
import org.lifecircle.service.datasets.DemoZip;
import org.lifecircle.store.SourceFile;
import org.lifecircle.store.Store;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Importing a dataset over HTTP from a zip of its files. Its own application context (the extra
 * property), so that the datasets it adds stay out of the other API tests' store.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lifecircle.test.context=uploads")
class UploadApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Store store;

    private final ObjectMapper json = new ObjectMapper();

    private ResponseEntity<String> put(String dataset, byte[] zip, boolean withHeader) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/zip"));
        if (withHeader) {
            headers.set("X-Requested-With", "XMLHttpRequest");
        }
        return http.exchange("/api/datasets/" + dataset, HttpMethod.PUT, new HttpEntity<>(zip, headers), String.class);
    }

    @Test
    void aZipOfTheCitysFilesBecomesADatasetOnTheMap() throws Exception {
        ResponseEntity<String> imported = put("new-town", DemoZip.zip(DemoZip.entries()), true);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
        JsonNode body = json.readTree(imported.getBody());
        assertThat(body.get("name").asText()).isEqualTo("new-town");
        assertThat(body.get("facilities").asInt()).isEqualTo(demoFacilityCount());
        assertThat(imported.getBody()).doesNotContain("lifecircle-upload").doesNotContain("/tmp");

        JsonNode datasets = json.readTree(http.getForObject("/api/datasets", String.class));
        assertThat(datasets.findValuesAsText("name")).contains("demo", "new-town");
        JsonNode demo = json.readTree(http.getForObject("/api/datasets/demo/districts?category=elderly_care", String.class));
        JsonNode town = json.readTree(http.getForObject("/api/datasets/new-town/districts?category=elderly_care",
                String.class));
        assertThat(town.get("rows")).hasSize(2);
        assertThat(town.get("rows")).isEqualTo(demo.get("rows"));
    }

    /**
     * A dataset named in Chinese keeps its name where the planner sees it: the export downloads as
     * 新城区 2026-gaps.geojson (RFC 6266 filename*, UTF-8), and the stored dataset names its files
     * by their names in the zip, not by the server's temporary folder ({@code show}).
     */
    @Test
    void aChineseNameSurvivesTheDownloadAndTheFilesAreNamedAsInTheZip() throws Exception {
        String name = "新城区 2026";
        ResponseEntity<String> imported = put(name, DemoZip.zip(DemoZip.entries()), true);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
        ResponseEntity<byte[]> export = http.getForEntity("/api/datasets/" + name + "/export?layer=gaps&format=geojson",
                byte[].class);
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        String disposition = export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).contains("filename*=UTF-8''%E6%96%B0%E5%9F%8E%E5%8C%BA%202026-gaps.geojson");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("新城区 2026-gaps.geojson");

        List<String> paths = store.datasets().get(name).sources().stream().map(SourceFile::path).toList();
        assertThat(paths).containsExactlyInAnyOrder(DemoFiles.NETWORK, "facilities@gcj02.csv", DemoFiles.RESIDENTIAL,
                DemoFiles.DISTRICTS);
        assertThat(paths).noneMatch(p -> p.contains("lifecircle-upload") || p.startsWith("/"));
    }

    @Test
    void uploadsNeedTheRequestedWithHeaderAndAUsableZip() throws Exception {
        byte[] zip = DemoZip.zip(DemoZip.entries());
        assertThat(put("no-header", zip, false).getStatusCode().value()).as("CSRF defence").isEqualTo(415);
        Map<String, byte[]> noFacilities = DemoZip.entries();
        noFacilities.remove("city/facilities@gcj02.csv");
        ResponseEntity<String> refused = put("refused", DemoZip.zip(noFacilities), true);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("message").asText()).contains("no facilities file");
        assertThat(http.getForEntity("/api/datasets/refused", String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aZipWhoseEntryClimbsOutOfItIsRefusedWithTheEntrysName() throws Exception {
        Map<String, byte[]> climbing = DemoZip.entries();
        climbing.put("city/../../facilities-escaped.csv", "name,category,lon,lat\n".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<String> refused = put("climbing", DemoZip.zip(climbing), true);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("message").asText()).isEqualTo("the upload: entry"
                + " 'city/../../facilities-escaped.csv' points outside the archive folder; refusing to extract it."
                + " Re-create the zip with plain relative names");
        assertThat(http.getForEntity("/api/datasets/climbing", String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aNetworkDeclaringAHugeBlockIsABadRequestNotAServerError() throws Exception {
        Map<String, byte[]> city = DemoZip.entries();
        city.remove("city/" + DemoFiles.NETWORK);
        city.put("city/network.osm.pbf", PbfCorpusFiles.hugeRawSizePbf());
        ResponseEntity<String> refused = put("huge-block", DemoZip.zip(city), true);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("message").asText()).isEqualTo("network.osm.pbf: corrupt PBF:"
                + " the block at byte 0 declares raw_size 2147483647, where the format allows less than 32 MiB");
    }

    @Test
    void anElderlyCareListReplacesOnlyTheOsmElderlyCareUnlessAllIsAsked() throws Exception {
        Map<String, byte[]> city = new java.util.LinkedHashMap<>();
        city.put("city/network.osm.bz2", java.nio.file.Files.readAllBytes(
                org.lifecircle.testdata.TestData.osm("chengdu-central-2018")));
        city.put("city/facilities.csv", "name,category,lon,lat\n锦江区养老服务中心,养老服务中心,104.0800,30.6600\n"
                .getBytes(StandardCharsets.UTF_8));
        byte[] zip = DemoZip.zip(city);
        ResponseEntity<String> all = put("chengdu-all?facilitiesReplace=all", zip, true);
        assertThat(all.getStatusCode().value()).as(all.getBody()).isEqualTo(200);
        assertThat(json.readTree(all.getBody()).get("facilities").asInt()).isEqualTo(1);
        ResponseEntity<String> byCategory = put("chengdu-by-category", zip, true);
        assertThat(byCategory.getStatusCode().value()).as(byCategory.getBody()).isEqualTo(200);
        assertThat(json.readTree(byCategory.getBody()).get("facilities").asInt()).isGreaterThan(1);
        ResponseEntity<String> refused = put("chengdu-refused?facilitiesReplace=some", zip, true);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("message").asText())
                .contains("unknown facility replacement 'some'; use all or categories");
    }

    @Test
    void aFacilityFileNamedWithoutItsSystemIsImportedWithAWarningNamingTheSuffix() throws Exception {
        Map<String, byte[]> city = DemoZip.entries();
        city.put("city/facilities.csv", city.remove("city/facilities@" + DemoFiles.FACILITIES_CRS + ".csv"));
        ResponseEntity<String> imported = put("shifted-town", DemoZip.zip(city), true);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
        JsonNode warnings = json.readTree(imported.getBody()).get("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).asText()).startsWith("facilities.csv: its features lie")
                .endsWith("is it facilities.csv@gcj02?").doesNotContain("/tmp");
        JsonNode asPublished = json.readTree(put("published-town", DemoZip.zip(DemoZip.entries()), true).getBody());
        assertThat(asPublished.get("warnings")).isEmpty();
    }

    /** The facility rows of the demo city's facilities.csv (one header line). */
    private static int demoFacilityCount() {
        try {
            return java.nio.file.Files.readAllLines(org.lifecircle.service.coverage.DemoJob.defaultFolder().resolve("facilities.csv"))
                    .size() - 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
