package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client refuses to send (a foreign Host
 * header, a malformed request line, characters a URL may not hold). The request is sent as
 * given, with {@code Connection: close}, and the answer read to the end.
 */
final class RawHttp {

    /** A response: status, headers (lower-case names) and the body, de-chunked. */
    record Response(int status, Map<String, String> headers, String body) {

        /** Asserts that this is the documented error JSON ({status, error, message}) of the given status. */
        JsonNode assertErrorJson(int expected) {
            assertThat(status).as(body).isEqualTo(expected);
            assertThat(headers.get("content-type")).as(body).startsWith("application/json");
            JsonNode json;
            try {
                json = new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
            Iterator<String> names = json.fieldNames();
            assertThat(names).toIterable().as(body).containsExactly("status", "error", "message");
            assertThat(json.get("status").asInt()).isEqualTo(expected);
            assertThat(json.get("message").asText()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
            return json;
        }
    }

    private RawHttp() {
    }

    /** Sends the head (request line and headers, CRLF-separated, without the blank line) and a body. */
    static Response send(int port, String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response send(int port, String head) {
        return send(port, head, new byte[0]);
    }

    /** A request with a body of its own length: method, target, extra header lines, body. */
    static Response request(int port, String method, String target, String headers, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + target + " HTTP/1.1\r\n" + headers + (headers.isEmpty() ? "" : "\r\n")
                + "Content-Length: " + bytes.length;
        return send(port, head, bytes);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    private static Response parse(byte[] raw) {
        // ISO-8859-1: one character per byte, so that chunk sizes count characters; the body is UTF-8
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("a response head in: " + text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8));
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
