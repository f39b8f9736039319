package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.faults.ThrowawayDatabase;
import org.lifecircle.service.datasets.DemoZip;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server on a PostGIS store whose database stops accepting connections while it runs (closed
 * for maintenance, then at its connection limit): requests that need the database are 503 with the
 * error JSON, naming neither the database nor its URL, and answer again once it is back. A
 * database of its own (dropped afterwards), so that closing it disturbs no other test.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RefusingDatabaseApiTest {

    private static final ThrowawayDatabase DATABASE = ThrowawayDatabase.create();

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) throws Exception {
        properties.add("lifecircle.data-dir", () -> tempFolder());
        properties.add("lifecircle.db.url", DATABASE::url);
        properties.add("lifecircle.db.user", org.lifecircle.bench.TestDatabase::user);
        properties.add("lifecircle.db.password", org.lifecircle.bench.TestDatabase::password);
    }

    private static String tempFolder() {
        try {
            return Files.createTempDirectory("lifecircle-refusing").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @Test
    void requestsThatNeedTheDatabaseAre503UntilItAcceptsConnectionsAgain() throws Exception {
        assertThat(http.getForEntity("/api/datasets", String.class).getStatusCode().value()).isEqualTo(200);
        DATABASE.allowConnections(false);
        assertUnavailable(http.getForEntity("/api/datasets", String.class));
        assertUnavailable(upload());
        DATABASE.allowConnections(true);
        DATABASE.connectionLimit(0);
        assertUnavailable(http.getForEntity("/api/runs", String.class));
        DATABASE.connectionLimit(-1);
        ResponseEntity<String> back = http.getForEntity("/api/datasets", String.class);
        assertThat(back.getStatusCode().value()).as(back.getBody()).isEqualTo(200);
        assertThat(back.getBody()).contains("\"demo\"");
    }

    private ResponseEntity<String> upload() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/zip"));
        headers.set("X-Requested-With", "XMLHttpRequest");
        return http.exchange("/api/datasets/town", HttpMethod.PUT, new HttpEntity<>(DemoZip.zip(DemoZip.entries()),
                headers), String.class);
    }

    private static void assertUnavailable(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(503);
        JsonNode body = new ObjectMapper().readTree(response.getBody());
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("message").asText()).contains("try again")
                .doesNotContain("postgresql").doesNotContain("lc_throwaway").doesNotContain("5432");
    }
}
