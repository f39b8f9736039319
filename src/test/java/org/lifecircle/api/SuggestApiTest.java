package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/datasets/{d}/suggest} on the demo city over a real port: the rows of
 * suggestions.csv and summary.json; the suggested sites proposed to the what-if endpoint cover
 * areas that were gaps; bad requests are 400 with the one error body.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestApiTest {

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void suggestedSitesAreRankedAndCoverGapsWhenProposed() throws Exception {
        ResponseEntity<String> response = http.postForEntity("/api/datasets/demo/suggest",
                Map.of("category", "elderly_care", "count", 2), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(response.getBody());
        JsonNode rows = answer.get("suggestions");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactly("rank", "candidate_id", "name", "lon", "lat",
                "added_covered_demand", "cumulative_covered_demand", "cumulative_covered_pct");
        double added = rows.get(0).get("added_covered_demand").asDouble() + rows.get(1).get("added_covered_demand").asDouble();
        assertThat(added).isPositive().isCloseTo(answer.at("/summary/objective").asDouble(), org.assertj.core.api.Assertions.within(0.11));
        assertThat(answer.at("/summary/gap").asDouble()).isLessThan(1e-6);
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (JsonNode row : rows) {
            proposals.add(Map.of("category", "elderly_care", "name", "建议" + row.get("rank").asInt(),
                    "lon", row.get("lon").asDouble(), "lat", row.get("lat").asDouble()));
        }
        JsonNode whatIf = json.readTree(http.postForEntity("/api/datasets/demo/whatif",
                Map.of("category", "elderly_care", "proposals", proposals), String.class).getBody());
        assertThat(whatIf.get("areas")).isNotEmpty();
        whatIf.get("areas").forEach(a -> assertThat(a.get("covered").asBoolean()).isTrue());
    }

    @Test
    void badRequestsAreOneLine400s() {
        ResponseEntity<String> tooMany = http.postForEntity("/api/datasets/demo/suggest",
                Map.of("category", "elderly_care", "count", 100_000), String.class);
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getBody()).contains("count (--count) must be 1..1000");
        ResponseEntity<String> noRule = http.postForEntity("/api/datasets/demo/suggest",
                Map.of("category", "parking", "count", 1), String.class);
        assertThat(noRule.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noRule.getBody()).contains("sets no walking threshold");
    }
}
