package org.lifecircle.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CSRF defence: a POST or PUT to the API must carry a JSON body (or, for uploads, the
 * X-Requested-With header). A cross-site form can send neither without a CORS preflight, which this
 * server never grants, so a page elsewhere cannot make a planner's browser change data here.
 * JSON means exactly application/json (or a +json type): no wildcard such as application/*,
 * which Spring would otherwise try to read as JSON and fail on.
 */
final class JsonOnlyWrites extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean write = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        Optional<String> refused = write && request.getRequestURI().startsWith("/api/") ? refusal(request)
                : Optional.empty();
        if (refused.isPresent()) {
            ErrorBodies.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, refused.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why a write is refused: a Content-Type that does not parse or is a wildcard, or neither JSON nor an upload. */
    private static Optional<String> refusal(HttpServletRequest request) {
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            return Optional.of(MvcErrors.unusableContentType());
        }
        if (type != null && (type.isWildcardType() || type.isWildcardSubtype())) {
            return Optional.of(MvcErrors.unusableContentType());
        }
        if (!isJson(type) && request.getHeader("X-Requested-With") == null) {
            return Optional.of("writes take a JSON body (Content-Type: application/json)");
        }
        return Optional.empty();
    }

    private static boolean isJson(MediaType type) {
        return type != null && "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
