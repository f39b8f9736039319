package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.lifecircle.service.datasets.DemoZip;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DNS rebinding: a page on attacker.example, its name made to resolve to 127.0.0.1, reaches the
 * loopback server as its own origin. Over real HTTP (a socket: HTTP clients will not send another
 * Host), every request naming a foreign host, or sent from a foreign page (Origin), is refused with
 * the error JSON and changes nothing; the names the server is reached by still work. Its own
 * context: it configures an extra name and must not add scenarios to the other tests' store.
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lifecircle.security.allowed-hosts=maps.example.org, proxy.example:8443")
class DnsRebindingTest {

    @LocalServerPort
    int port;

    private RawHttp.Response get(String path, String headers) {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\n" + headers);
    }

    private RawHttp.Response saveScenario(String name, String headers) {
        return RawHttp.request(port, "POST", "/api/datasets/demo/scenarios", headers
                + "\r\nContent-Type: application/json", "{\"name\":\"" + name + "\",\"proposals\":[{\"category\":"
                + "\"childcare\",\"lon\":117.2,\"lat\":39.12}]}");
    }

    private String scenarios() {
        return get("/api/datasets/demo/scenarios", "Host: localhost:" + port).body();
    }

    @Test
    void aForeignHostNameCanNeitherReadNorWrite() throws Exception {
        for (String host : new String[] {"attacker.example", "attacker.example:" + port, "localhost.attacker.example",
            "127.0.0.1.attacker.example:" + port, "maps.example.org.attacker.example", "proxy.example"}) {
            assertThat(get("/api/datasets", "Host: " + host).assertErrorJson(403).get("message").asText())
                    .as(host).contains("Host").contains("lifecircle.security.allowed-hosts");
            get("/", "Host: " + host).assertErrorJson(403);
        }
        RawHttp.Response refused = get("/api/datasets", "Host: attacker.example");
        assertThat(refused.headers()).as("the security headers too").containsEntry("x-content-type-options", "nosniff")
                .containsKey("content-security-policy");
        saveScenario("from a rebound name", "Host: attacker.example:" + port).assertErrorJson(403);
        assertThat(scenarios()).doesNotContain("from a rebound name");

        byte[] zip = DemoZip.zip(DemoZip.entries());
        RawHttp.send(port, "PUT /api/datasets/demo HTTP/1.1\r\nHost: attacker.example\r\nContent-Type: application/zip"
                + "\r\nX-Requested-With: XMLHttpRequest\r\nContent-Length: " + zip.length, zip).assertErrorJson(403);
        RawHttp.send(port, "DELETE /api/datasets/demo/scenarios/1 HTTP/1.1\r\nHost: attacker.example").assertErrorJson(403);
    }

    @Test
    void aRequestFromAForeignPageIsRefused() {
        for (String origin : new String[] {"http://attacker.example", "http://attacker.example:" + port, "null",
            "http://localhost:1", "https://evil.example:8443", "file://"}) {
            saveScenario("from a foreign page", "Host: localhost:" + port + "\r\nOrigin: " + origin).assertErrorJson(403);
            assertThat(get("/api/datasets", "Host: localhost:" + port + "\r\nOrigin: " + origin).status()).as(origin)
                    .isEqualTo(403);
        }
        assertThat(scenarios()).doesNotContain("from a foreign page");
    }

    @Test
    void theNamesTheServerIsReachedByWork() {
        for (String host : new String[] {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "localhost",
            "LOCALHOST:" + port, "maps.example.org", "maps.example.org:443", "proxy.example:8443"}) {
            RawHttp.Response response = get("/api/datasets", "Host: " + host);
            assertThat(response.status()).as(host + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"demo\"");
        }
        assertThat(get("/", "Host: 127.0.0.1:" + port).body()).contains("LifeCircle");
        assertThat(saveScenario("from the page", "Host: localhost:" + port + "\r\nOrigin: http://localhost:" + port)
                .status()).isEqualTo(201);
        assertThat(saveScenario("through the proxy", "Host: maps.example.org\r\nOrigin: https://maps.example.org")
                .status()).isEqualTo(201);
        assertThat(scenarios()).contains("from the page").contains("through the proxy");
    }
}
