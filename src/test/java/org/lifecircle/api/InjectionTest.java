package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * SQL and path injection strings in every parameter the API takes: each is a 4xx with a JSON
 * message, never a 500, and the stored demo dataset is untouched afterwards.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InjectionTest {

    @Autowired
    TestRestTemplate http;

    private int status(String path, Map<String, String> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        query.forEach(uri::queryParam);
        ResponseEntity<String> response = http.getForEntity(uri.encode().build().toUri(), String.class);
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("SQL");
        return response.getStatusCode().value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1", "demo'; DROP TABLE datasets; --", "../../etc/passwd", "名字\"quoted\"",
        "%27%20OR%201=1", "1e999", "<script>alert(1)</script>"})
    void everyParameterRefusesInjection(String evil) {
        String d = "/api/datasets/demo";
        // In the path: an unknown name (404), or refused outright by the server's URL firewall (400: ';', '%').
        assertThat(status("/api/datasets/" + evil.replace("/", "_") + "/districts", Map.of("category", "childcare")))
                .isIn(400, 404);
        assertThat(status(d + "/districts", Map.of("category", evil))).isEqualTo(400);
        assertThat(status(d + "/districts", Map.of("category", "childcare", "maxWalkMeters", evil))).isEqualTo(400);
        assertThat(status(d + "/areas", Map.of("bbox", evil))).isEqualTo(400);
        assertThat(status(d + "/areas", Map.of("bbox", "117.1,39.1,117.2,39.2", "zoom", evil))).isEqualTo(400);
        assertThat(status(d + "/areas", Map.of("bbox", "117.1,39.1,117.2,39.2", "status", evil))).isEqualTo(400);
        assertThat(status(d + "/facilities", Map.of("bbox", "117.1,39.1,117.2,39.2", "category", evil))).isEqualTo(400);
        assertThat(status(d + "/export", Map.of("layer", evil, "format", "csv"))).isEqualTo(400);
        assertThat(status(d + "/export", Map.of("layer", "gaps", "format", evil))).isEqualTo(400);
        assertThat(status(d + "/export", Map.of("layer", "gaps", "format", "csv", "crs", evil))).isEqualTo(400);
        assertThat(status(d + "/export", Map.of("layer", "gaps", "format", "csv", "encoding", evil))).isEqualTo(400);
        assertThat(status(d + "/catchments", Map.of("category", "childcare", "form", evil))).isEqualTo(400);
        assertThat(status("/api/runs/" + evil.replace("/", "_"), Map.of())).isIn(400, 404);
        Map<String, Object> whatIf = Map.of("category", evil, "proposals", List.of());
        assertThat(http.postForEntity(d + "/whatif", whatIf, String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(status("/api/datasets", Map.of())).isEqualTo(200);
        assertThat(status(d + "/districts", Map.of("category", "childcare"))).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x'); DELETE FROM runs; --", "名字 \"quoted\" 'single'"})
    void scenarioNamesAreStoredAsData(String name) {
        Map<String, Object> request = Map.of("name", name, "proposals",
                List.of(Map.of("category", "childcare", "lon", 117.2, "lat", 39.12)));
        assertThat(http.postForEntity("/api/datasets/demo/scenarios", request, String.class).getStatusCode().value())
                .isEqualTo(201);
        assertThat(http.getForObject("/api/datasets/demo/scenarios", String.class)).contains(
                name.replace("\"", "\\\""));
    }
}
