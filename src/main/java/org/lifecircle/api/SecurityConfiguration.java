package org.lifecircle.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * HTTP security: security headers everywhere; only the server's own names in Host and Origin
 * ({@link HostCheck}, against DNS rebinding); authentication for writes (and optionally reads)
 * when the server listens beyond loopback; every refusal as the error JSON ({@link ErrorBodies}). CSRF: every write takes a JSON body or is a DELETE,
 * which browsers never send cross-site without a CORS preflight the server does not grant
 * ({@link JsonOnlyWrites}); so no session cookie is needed and none is issued.
 */
@Configuration
class SecurityConfiguration {

    /** Content Security Policy: everything from this server only (tiles, when configured, are images). */
    private static final String CSP = "default-src 'self'; img-src 'self' data: %s; style-src 'self' 'unsafe-inline';"
            + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecuritySettings securitySettings(@Value("${server.address:127.0.0.1}") String address,
                                      @Value("${lifecircle.security.users:}") List<String> users,
                                      @Value("${lifecircle.security.read-requires-login:false}") boolean reads,
                                      @Value("${lifecircle.security.allowed-hosts:}") List<String> hosts) {
        return new SecuritySettings(address, users, reads, hosts);
    }

    /** URLs the firewall refuses ('//', '%2e', ';', encoded slashes, ...): 400 with the error JSON, not Spring's page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ErrorBodies.write(response, HttpServletResponse.SC_BAD_REQUEST,
                "the URL is refused: it holds characters or sequences this server does not accept (such as '//',"
                        + " '%2e', ';' or an encoded slash)");
    }

    @Bean
    InMemoryUserDetailsManager users(SecuritySettings settings) {
        List<UserDetails> users = settings.parsedUsers().stream()
                .map(u -> User.withUsername(u[0]).password(u[1]).roles("EDITOR").build()).toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SecuritySettings settings,
                                    @Value("${lifecircle.tile-url:}") String tileUrl) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new HostCheck(settings.hosts()), HeaderWriterFilter.class)
                .addFilterBefore(new JsonOnlyWrites(), org.springframework.security.web.authentication.www
                        .BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(String.format(CSP, tileOrigin(tileUrl))))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .httpBasic(b -> b.authenticationEntryPoint(SecurityConfiguration::signInRequired))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::signInRequired)
                        .accessDeniedHandler((request, response, denied) -> json(response, 403,
                                "this account may not change data here")));
        if (settings.loopbackOnly()) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        } else {
            http.authorizeHttpRequests(a -> {
                a.requestMatchers(HttpMethod.GET, "/api/**").access((auth, ctx) -> readDecision(settings, auth.get()));
                a.requestMatchers(HttpMethod.HEAD, "/api/**").access((auth, ctx) -> readDecision(settings, auth.get()));
                a.requestMatchers("/api/**").hasRole("EDITOR");
                a.anyRequest().permitAll();
            });
        }
        return http.build();
    }

    private static org.springframework.security.authorization.AuthorizationDecision readDecision(
            SecuritySettings settings, org.springframework.security.core.Authentication auth) {
        boolean loggedIn = auth != null && auth.isAuthenticated()
                && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
        return new org.springframework.security.authorization.AuthorizationDecision(!settings.readRequiresLogin() || loggedIn);
    }

    private static void signInRequired(jakarta.servlet.http.HttpServletRequest request,
                                       jakarta.servlet.http.HttpServletResponse response,
                                       org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"LifeCircle\"");
        json(response, 401, "sign in required: this server only lets configured users change data"
                + " (see SECURITY.md)");
    }

    private static void json(HttpServletResponse response, int status, String message) throws java.io.IOException {
        ErrorBodies.write(response, status, message);
    }

    /** scheme://host of the tile URL, allowed as an image source; empty when no tiles are configured. */
    static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        java.net.URI uri = java.net.URI.create(tileUrl.replace("{", "").replace("}", ""));
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
