package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.InvalidInputException;

/** The Host and Origin forms the DNS rebinding defence lets through, for addresses no test server can bind. */
class AllowedHostsTest {

    @Test
    void theListeningAddressAndTheAddressARequestArrivedOnAreThisServer() {
        AllowedHosts hosts = new AllowedHosts("10.1.2.3", List.of());
        assertThat(hosts.allowsHost("10.1.2.3:8080", "10.1.2.3", 8080)).isTrue();
        assertThat(hosts.allowsHost("10.1.2.3:8081", "10.1.2.3", 8080)).as("another port").isFalse();
        AllowedHosts everywhere = new AllowedHosts("0.0.0.0", List.of());
        assertThat(everywhere.allowsHost("192.168.1.5:8080", "192.168.1.5", 8080)).isTrue();
        assertThat(everywhere.allowsHost("[fe80::1]:8080", "fe80:0:0:0:0:0:0:1%eth0", 8080)).isTrue();
        assertThat(everywhere.allowsHost("192.168.1.6:8080", "192.168.1.5", 8080)).isFalse();
        assertThat(everywhere.allowsHost("0.0.0.0:8080", "192.168.1.5", 8080)).isFalse();
        assertThat(everywhere.allowsOrigin("http://192.168.1.5:8080", "192.168.1.5", 8080)).isTrue();
    }

    @Test
    void namesAreNeverLookedUpAndLookAlikesAreForeign() {
        AllowedHosts hosts = new AllowedHosts("127.0.0.1", List.of("maps.example.org"));
        for (String host : new String[] {"2130706433", "0x7f.0.0.1", "127.0.0.1.nip.io", "999.0.0.1", "localhost:80:80",
            "maps.example.org@evil.example", "[::1", "", " "}) {
            assertThat(hosts.allowsHost(host, "127.0.0.1", 8080)).as(host).isFalse();
        }
        assertThat(hosts.allowsHost("localhost.", "127.0.0.1", 8080)).as("the root label").isTrue();
        assertThat(hosts.allowsHost("Maps.Example.Org:9000", "127.0.0.1", 8080)).isTrue();
        assertThat(hosts.allowsOrigin("http://localhost:8080/path", "127.0.0.1", 8080)).as("an Origin has no path")
                .isFalse();
    }

    @Test
    void aMalformedConfiguredNameStopsTheStart() {
        assertThatThrownBy(() -> new AllowedHosts("127.0.0.1", List.of("http://maps.example.org/")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lifecircle.security.allowed-hosts");
    }
}
