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

/** Beyond loopback with read-requires-login: reads need a user too. */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=0.0.0.0", "lifecircle.security.users=editor:{noop}s3cret",
            "lifecircle.security.read-requires-login=true"})
class ClosedReadsSecurityTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void readsNeedAUserToo() {
        assertThat(http.getForEntity("/api/datasets", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("editor", "s3cret").getForEntity("/api/datasets", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }
}
