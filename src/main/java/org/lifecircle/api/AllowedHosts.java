package org.lifecircle.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lifecircle.model.InvalidInputException;

/**
 * The names this server answers to: the DNS rebinding defence. A page on attacker.example whose
 * name was made to resolve to 127.0.0.1 reaches this server as the same origin as itself, but its
 * requests still say {@code Host: attacker.example}; only the names below are served.
 *
 * <ul>
 *   <li>{@code localhost}, loopback addresses ({@code 127.0.0.1}, {@code [::1]}), the listening
 *       address and the address the request arrived on (a server on 0.0.0.0 reached as
 *       http://192.168.1.5:8080/), with no port or the port the request arrived on. An address
 *       cannot be rebound: a page with an address in its URL came from that address;</li>
 *   <li>the names of {@code lifecircle.security.allowed-hosts}: {@code name} (any port) or
 *       {@code name:port}, e.g. the name of a reverse proxy.</li>
 * </ul>
 * Addresses are compared as addresses, and a name is never looked up in DNS.
 */
final class AllowedHosts {

    /** A host and its port (-1: none given) from a Host header or an Origin. */
    record Authority(String host, int port) {
    }

    private final Optional<InetAddress> listening;
    private final Set<String> configured = new HashSet<>();

    AllowedHosts(String listenAddress, List<String> allowedHosts) {
        listening = literal(listenAddress).filter(a -> !a.isAnyLocalAddress());
        for (String entry : allowedHosts) {
            if (!entry.isBlank()) {
                Authority a = parse(entry.strip()).orElseThrow(() -> new InvalidInputException(
                        "lifecircle.security.allowed-hosts: '" + entry.strip() + "' is not a host name or name:port"));
                configured.add(a.port() < 0 ? a.host() : a.host() + ":" + a.port());
            }
        }
    }

    /** Whether a Host header (absent: an HTTP/1.0 client, never a browser) names this server. */
    boolean allowsHost(String hostHeader, String localAddress, int localPort) {
        return hostHeader == null || parse(hostHeader).filter(a -> allows(a, localAddress, localPort)).isPresent();
    }

    /** Whether an Origin header (absent: no cross-origin browser request) is a page of this server. */
    boolean allowsOrigin(String origin, String localAddress, int localPort) {
        if (origin == null) {
            return true;
        }
        try {
            URI uri = new URI(origin);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            // "null" (a sandboxed frame, a file, a redirect) is no page of this server either
            return web && uri.getRawAuthority() != null && uri.getRawPath().isEmpty() && parse(uri.getRawAuthority())
                    .filter(a -> allows(a, localAddress, localPort)).isPresent();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private boolean allows(Authority a, String localAddress, int localPort) {
        if (configured.contains(a.host()) || configured.contains(a.host() + ":" + a.port())) {
            return true;
        }
        if (a.port() >= 0 && a.port() != localPort) {
            return false;
        }
        if ("localhost".equals(a.host())) {
            return true;
        }
        return literal(a.host()).filter(ip -> ip.isLoopbackAddress() || listening.filter(ip::equals).isPresent()
                || literal(localAddress).filter(ip::equals).isPresent()).isPresent();
    }

    /** host[:port] or [v6][:port], lower case, a trailing dot dropped; empty when it is not of that form. */
    static Optional<Authority> parse(String authority) {
        String text = authority.toLowerCase(Locale.ROOT);
        int close = text.startsWith("[") ? text.indexOf(']') : -1;
        int colon = text.startsWith("[") ? text.indexOf(':', Math.max(close, 0)) : text.lastIndexOf(':');
        String host = colon < 0 ? text : text.substring(0, colon);
        String port = colon < 0 ? "" : text.substring(colon + 1);
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        boolean name = host.matches("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
        boolean v6 = close > 1 && host.matches("\\[[0-9a-f:.]+\\]");
        if (!name && !v6 || colon >= 0 && !port.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        return Optional.of(new Authority(host, port.isEmpty() ? -1 : Integer.parseInt(port)));
    }

    /** The address, when the text is an IPv4 or (bracketed or not) IPv6 literal; a name is never looked up. */
    private static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        bare = bare.replaceFirst("%.*$", ""); // a zone of a link-local address, as Tomcat may give it
        boolean v4 = bare.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
                && java.util.Arrays.stream(bare.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!v4 && !(bare.contains(":") && bare.matches("[0-9a-fA-F:.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
