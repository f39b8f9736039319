package org.lifecircle.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CSRF defence: a POST or PUT to the API must carry a JSON body (or, for uploads, the
 * X-Requested-With header). A cross-site form can send neither without a CORS preflight, which this
 * server never grants, so a page elsewhere cannot make a planner's browser change data here.
 */
final class JsonOnlyWrites extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean write = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        if (write && request.getRequestURI().startsWith("/api/") && !isJson(request.getContentType())
                && request.getHeader("X-Requested-With") == null) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"status\":415,\"error\":\"Unsupported Media Type\","
                    + "\"message\":\"writes take a JSON body (Content-Type: application/json)\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }
}
