package org.lifecircle.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) every request, reads included, whose Host or Origin header is not one of
 * {@link AllowedHosts}: a DNS-rebound page could otherwise read the planning data and change it.
 */
final class HostCheck extends OncePerRequestFilter {

    private final AllowedHosts allowed;

    HostCheck(AllowedHosts allowed) {
        this.allowed = allowed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getLocalAddr();
        int port = request.getLocalPort();
        if (!allowed.allowsHost(request.getHeader("Host"), address, port)) {
            ErrorBodies.write(response, HttpServletResponse.SC_FORBIDDEN, "this server does not answer to the name"
                    + " in the Host header; add it to lifecircle.security.allowed-hosts if it is this server's"
                    + " (see SECURITY.md)");
            return;
        }
        if (!allowed.allowsOrigin(request.getHeader("Origin"), address, port)) {
            ErrorBodies.write(response, HttpServletResponse.SC_FORBIDDEN, "requests from pages of other sites"
                    + " (the Origin header) are refused; add the name to lifecircle.security.allowed-hosts if it is"
                    + " this server's (see SECURITY.md)");
            return;
        }
        chain.doFilter(request, response);
    }
}
