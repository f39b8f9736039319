package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Beyond loopback: reads open, writes need a configured user (HTTP Basic). */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=0.0.0.0", "lifecircle.security.users=editor:{noop}s3cret"})
class NetworkSecurityTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void readsAreOpen() {
        assertThat(http.getForEntity("/api/datasets", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void writesNeedAUser() {
        ResponseEntity<String> anonymous = http.postForEntity("/api/datasets/demo/whatif", SecurityTestRequests.WHAT_IF, String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getBody()).contains("sign in required");
        ResponseEntity<String> wrong = http.withBasicAuth("editor", "guess")
                .postForEntity("/api/datasets/demo/whatif", SecurityTestRequests.WHAT_IF, String.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> editor = http.withBasicAuth("editor", "s3cret")
                .postForEntity("/api/datasets/demo/whatif", SecurityTestRequests.WHAT_IF, String.class);
        assertThat(editor.getStatusCode().value()).as(editor.getBody()).isEqualTo(200);
    }

    @Test
    void importsNeedAUser() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/zip"));
        headers.set("X-Requested-With", "XMLHttpRequest");
        HttpEntity<byte[]> notAZip = new HttpEntity<>("not a zip".getBytes(), headers);
        assertThat(http.exchange("/api/datasets/x", HttpMethod.PUT, notAZip, String.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(http.withBasicAuth("editor", "s3cret").exchange("/api/datasets/x", HttpMethod.PUT, notAZip,
                String.class).getStatusCode().value()).as("past the sign-in, refused for its content").isEqualTo(400);
    }
}
