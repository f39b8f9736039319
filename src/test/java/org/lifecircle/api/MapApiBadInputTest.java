package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bad requests get 400 (404 for unknown names) with a one-line JSON message and no internals. */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapApiBadInputTest {

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    private void expect(ResponseEntity<String> response, int status, String fragment) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("message").asText()).contains(fragment);
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("/work/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/datasets/demo/areas?bbox=1,2,3|bbox must be",
        "/api/datasets/demo/areas?bbox=a,b,c,d|is not a number",
        "/api/datasets/demo/areas?bbox=117.2,39.1,117.1,39.2|min below max",
        "/api/datasets/demo/areas?bbox=100,30,120,40|zoom in",
        "/api/datasets/demo/areas?bbox=117.1,39.1,117.2,39.2&zoom=abc|zoom",
        "/api/datasets/demo/areas?bbox=117.1,39.1,117.2,39.2&zoom=99|zoom must be",
        "/api/datasets/demo/areas?bbox=117.1,39.1,117.2,39.2&maxWalkMeters=1e9|maxWalkMeters must be",
        "/api/datasets/demo/areas?bbox=117.1,39.1,117.2,39.2&status=uncovered|needs a category",
        "/api/datasets/demo/districts?category=hospital|unknown category 'hospital'",
        "/api/datasets/demo/areas|bbox",
    })
    void badQueriesAre400(String path, String fragment) throws Exception {
        expect(http.getForEntity(path, String.class), 400, fragment);
    }

    @Test
    void unknownDatasetIs404() throws Exception {
        expect(http.getForEntity("/api/datasets/nowhere/districts?category=childcare", String.class), 404, "nowhere");
    }

    @Test
    void proposalOutsideTheNetworkIs400() throws Exception {
        Map<String, Object> request = Map.of("category", "childcare",
                "proposals", List.of(Map.of("category", "childcare", "lon", 104.0, "lat", 30.6)));
        expect(http.postForEntity("/api/datasets/demo/whatif", request, String.class), 400, "outside the dataset's network");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        expect(http.postForEntity("/api/datasets/demo/whatif", new HttpEntity<>("{\"category\": [", headers), String.class),
                400, "not valid JSON");
    }

    @Test
    void tooManyProposalsIs400() throws Exception {
        Map<String, Object> one = Map.of("category", "childcare", "lon", 117.2, "lat", 39.12);
        Map<String, Object> request = Map.of("category", "childcare", "proposals", java.util.Collections.nCopies(500, one));
        expect(http.postForEntity("/api/datasets/demo/whatif", request, String.class), 400, "at most");
    }

    @Test
    void scenarioWithoutNameIs400() throws Exception {
        Map<String, Object> request = Map.of("name", " ", "proposals", List.of());
        expect(http.postForEntity("/api/datasets/demo/scenarios", request, String.class), 400, "needs a name");
    }
}
