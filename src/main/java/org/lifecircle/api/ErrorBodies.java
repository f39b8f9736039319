package org.lifecircle.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The one error body of the server ({@link ApiError} as JSON), for the places that answer outside
 * the controllers: filters, Spring Security's handlers, the error page and Tomcat's error valve.
 * Each status has a general one-line message for errors that come without a better one.
 */
final class ErrorBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    static ApiError of(int status, String message) {
        HttpStatus known = HttpStatus.resolve(status);
        return new ApiError(status, known == null ? "Error" : known.getReasonPhrase(), message);
    }

    static byte[] bytes(int status, String message) {
        try {
            return JSON.writeValueAsBytes(of(status, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ApiError is always writable", e);
        }
    }

    /** Writes the error as the whole response (the response must not be committed yet). */
    static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = bytes(status, message);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** What an error of this status means for the client, when nothing more specific is known. */
    static String generalMessage(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (its request line, URL, headers or body); nothing was done";
            case 401 -> "sign in required (see SECURITY.md)";
            case 403 -> "this request is not allowed here";
            case 404 -> "no such page or API endpoint (the API is described at /v3/api-docs)";
            case 405 -> "this method is not allowed on this URL";
            case 406 -> "this URL cannot answer in any type the request's Accept header allows";
            case 408 -> "the request took too long to arrive";
            case 413 -> "the request body is too large";
            case 414 -> "the URL is too long";
            case 415 -> "this URL does not take a body of this Content-Type";
            case 431 -> "the request headers are too large";
            case 503 -> "the server cannot answer right now; try again shortly";
            default -> status >= 500 ? "internal error; the server log has the details"
                    : "the request was refused (HTTP " + status + ")";
        };
    }
}
