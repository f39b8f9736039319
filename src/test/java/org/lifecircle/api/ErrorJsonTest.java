package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error the server sends is the documented error JSON ({status, error, message}), never
 * Spring's or Tomcat's own body, HTML or JSON: one representative of each place an error can come
 * from, sent over a socket exactly as written (HTTP clients refuse to send most of these).
 */
@SpringBootTest(classes = LifeCircleServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorJsonTest {

    @LocalServerPort
    int port;

    private RawHttp.Response send(String requestLine, String headers) {
        return RawHttp.send(port, requestLine + " HTTP/1.1\r\nHost: localhost:" + port
                + (headers.isEmpty() ? "" : "\r\n" + headers));
    }

    private RawHttp.Response write(String method, String path, String headers, String body) {
        return RawHttp.request(port, method, path, "Host: localhost:" + port + "\r\n" + headers, body);
    }

    @Test
    void writesWithAContentTypeThatIsNoConcreteJsonAreUnsupported() {
        String scenario = "{\"name\":\"x\",\"proposals\":[{\"category\":\"childcare\",\"lon\":117.2,\"lat\":39.12}]}";
        for (String type : new String[] {"text/plain; a=application/json", "application/*", "*/*", "application/json; a=b/c"}) {
            write("POST", "/api/datasets/demo/scenarios", "Content-Type: " + type, scenario).assertErrorJson(415);
            write("PUT", "/api/datasets/upload", "Content-Type: " + type + "\r\nX-Requested-With: XMLHttpRequest",
                    "PK").assertErrorJson(415);
        }
        write("PUT", "/api/datasets/upload", "Content-Type: text/csv\r\nX-Requested-With: XMLHttpRequest", "a,b")
                .assertErrorJson(415);
    }

    @Test
    void urlsTheFirewallRefusesAreBadRequests() {
        for (String path : new String[] {"//api/datasets", "/api/%2e/datasets", "/api/datasets;x=1", "/api/./datasets",
            "/api/datasets/%2e%2e/runs"}) {
            assertThat(send("GET " + path, "").assertErrorJson(400).get("message").asText()).as(path)
                    .contains("URL is refused");
        }
    }

    @Test
    void whatSpringMvcRefusesKeepsItsStatus() {
        assertThat(send("GET /api/nothing-here", "Accept: text/html").assertErrorJson(404).get("message").asText())
                .contains("no such page");
        send("GET /no-such-page.html", "Accept: text/html,*/*").assertErrorJson(404);
        RawHttp.Response delete = send("DELETE /api/datasets", "");
        assertThat(delete.assertErrorJson(405).get("message").asText()).contains("DELETE");
        assertThat(delete.headers().get("allow")).isEqualTo("GET");
        assertThat(send("GET /api/datasets/demo/districts", "").assertErrorJson(400).get("message").asText())
                .contains("'category'");
        assertThat(send("GET /api/datasets", "Accept: image/png").assertErrorJson(406).get("message").asText())
                .contains("application/json");
        assertThat(send("GET /api/datasets/demo/districts?category=x", "Accept: image/png").assertErrorJson(400)
                .get("message").asText()).as("a 400 for a client that accepts no JSON").contains("unknown category");
    }

    @Test
    void requestsTomcatRefusesBeforeTheApplicationGetTheErrorJsonToo() {
        send("GET /api/<script>", "").assertErrorJson(400);
        send("GET /api/a b", "").assertErrorJson(400);
        send("GET /api/%zz", "").assertErrorJson(400);
        send("GET /api/a%2fb", "").assertErrorJson(400);
        send("GET /api/datasets", "X-Large: " + "a".repeat(20_000)).assertErrorJson(400);
        RawHttp.send(port, "G(ET / HTTP/1.1\r\nHost: localhost").assertErrorJson(400);
        RawHttp.send(port, "GET /api/datasets HTTP/1.1").assertErrorJson(400); // no Host
    }
}
