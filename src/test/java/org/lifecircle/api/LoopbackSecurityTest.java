package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** On loopback (the default): security headers and the CSRF rule (JSON-only writes). */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoopbackSecurityTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void securityHeadersAreSent() {
        HttpHeaders headers = http.getForEntity("/", String.class).getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void aCrossSiteFormPostIsRefused() {
        HttpHeaders form = new HttpHeaders();
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> response = http.postForEntity("/api/datasets/demo/scenarios",
                new HttpEntity<>("name=x", form), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(415);
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        assertThat(http.postForEntity("/api/datasets/demo/whatif", new HttpEntity<>("{}", text), String.class)
                .getStatusCode().value()).isEqualTo(415);
    }
}
