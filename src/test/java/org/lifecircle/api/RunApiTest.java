package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.runs.DatasetCoverageJob;
import org.lifecircle.service.runs.DatasetCoverageRequest;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.Store;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Saved runs over the API: a coverage run on the stored demo appears with its district figures. */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Store store;

    @TempDir
    Path out;

    @Test
    void aRunIsListedAndShown() throws Exception {
        String id = new DatasetCoverageJob(store, new DatasetCoverageRequest("demo", CoverageParameters.defaults(), out,
                RunKind.COVERAGE)).run().run().id();
        JsonNode list = new ObjectMapper().readTree(http.getForObject("/api/runs?dataset=demo", String.class));
        assertThat(list.findValuesAsText("id")).contains(id);
        JsonNode run = new ObjectMapper().readTree(http.getForObject("/api/runs/" + id, String.class));
        assertThat(run.at("/run/dataset").asText()).isEqualTo("demo");
        assertThat(run.at("/run/profile").asText()).isEqualTo("tianjin-2022");
        assertThat(run.get("districts").findValuesAsText("name")).contains("东湖区", "西岭区");
    }

    @Test
    void unknownRunIs404() {
        ResponseEntity<String> response = http.getForEntity("/api/runs/r99999", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).contains("no run 'r99999'");
    }
}
