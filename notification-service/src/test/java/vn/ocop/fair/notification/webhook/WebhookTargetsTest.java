package vn.ocop.fair.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    static final Map<String, String> DNS = Map.of(
            "hooks.partner.example", "93.184.216.34",
            "rebound.partner.example", "127.0.0.1",
            "metadata.partner.example", "169.254.169.254",
            "v6.partner.example", "2606:2800:220:1:248:1893:25c8:1946",
            "mixed.partner.example", "93.184.216.34,10.0.0.7");

    final WebhookTargets targets =
            new WebhookTargets(List.of(), WebhookTargetsTest::dns, WebhookTargets.STANDARD_PORTS);

    static InetAddress[] dns(String host) throws UnknownHostException {
        String answer = DNS.get(host);
        if (answer == null) {
            throw new UnknownHostException(host);
        }
        String[] parts = answer.split(",");
        InetAddress[] addresses = new InetAddress[parts.length];
        for (int i = 0; i < parts.length; i++) {
            addresses[i] = InetAddress.getByName(parts[i]); // literals: no lookup
        }
        return addresses;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://localhost/hook                          | address not allowed: localhost",
                "http://LOCALHOST./hook                         | address not allowed: localhost",
                "http://api.localhost/hook                      | address not allowed: api.localhost",
                "http://127.0.0.1/hook                          | address not allowed: 127.0.0.1 (loopback)",
                "http://127.1.2.3/hook                          | address not allowed: 127.1.2.3 (loopback)",
                "http://169.254.169.254/latest/meta-data        | address not allowed: 169.254.169.254 (link-local)",
                "http://[::1]/hook                              | address not allowed: 0:0:0:0:0:0:0:1 (loopback)",
                "http://[::]/hook                               | (unspecified",
                "http://0.0.0.0/hook                            | address not allowed: 0.0.0.0 (unspecified)",
                "http://0/hook                                  | address not allowed: 0.0.0.0 (unspecified, written 0)",
                "http://2130706433/hook                         | address not allowed: 127.0.0.1 (loopback, written 2130706433)",
                "http://0x7f.1/hook                             | address not allowed: 127.0.0.1 (loopback, written 0x7f.1)",
                "http://0x7f000001/hook                         | address not allowed: 127.0.0.1 (loopback, written 0x7f000001)",
                "http://0177.0.0.1/hook                         | address not allowed: 127.0.0.1 (loopback, written 0177.0.0.1)",
                "http://127.1/hook                              | address not allowed: 127.0.0.1 (loopback, written 127.1)",
                "http://017700000001/hook                       | address not allowed: 127.0.0.1 (loopback, written 017700000001)",
                "http://10.1.2.3/hook                           | (private)",
                "http://172.16.0.1/hook                         | (private)",
                "http://172.31.255.255/hook                     | (private)",
                "http://192.168.1.1/hook                        | (private)",
                "http://100.64.0.1/hook                         | (shared (CGNAT))",
                "http://100.127.255.254/hook                    | (shared (CGNAT))",
                "http://224.0.0.1/hook                          | (multicast)",
                "http://255.255.255.255/hook                    | (broadcast)",
                "http://240.0.0.1/hook                          | (reserved)",
                "http://[fc00::1]/hook                          | (unique-local)",
                "http://[fd12:3456:789a::1]/hook                | (unique-local)",
                "http://[fe80::1]/hook                          | (link-local)",
                "http://[ff02::1]/hook                          | (multicast)",
                "http://[::ffff:127.0.0.1]/hook                 | address not allowed: 127.0.0.1 (loopback",
                "http://[::ffff:7f00:1]/hook                    | address not allowed: 127.0.0.1 (loopback",
                "http://[::ffff:169.254.169.254]/hook           | (link-local",
                "http://[::ffff:10.0.0.1]/hook                  | (private",
                "http://[::127.0.0.1]/hook                      | (IPv4-compatible loopback)",
                "http://[64:ff9b::a9fe:a9fe]/hook               | (NAT64 link-local)",
                "http://[2002:7f00:1::]/hook                    | (6to4 loopback)",
                "http://[fe80::1%25eth0]/hook                   | not an IPv6 address webhooks may call",
                "http://8.8.8.8.8/hook                          | neither a host name nor an IPv4 address",
                "http://0x8.8.8.8/hook                          | IPv4 addresses must be written as four decimal numbers",
                "http://134744072/hook                          | IPv4 addresses must be written as four decimal numbers",
                "https://hooks.partner.example:27017/hook       | port 27017 is not allowed",
                "http://hooks.partner.example:9092/hook         | port 9092 is not allowed",
                "http://hooks.partner.example:3025/hook         | port 3025 is not allowed",
                "http://localhost:8084/actuator/env             | port 8084 is not allowed",
                "https://user:secret@hooks.partner.example/hook | must not carry a user name or password",
                "https://hooks.partner.example@127.0.0.1/hook   | must not carry a user name or password",
            })
    void refusesWebhookPointingAtThisMachineOrAnInternalNetwork(String url, String reason) {
        assertThatThrownBy(() -> targets.check(url))
                .isInstanceOf(WebhookTargetNotAllowed.class)
                .hasMessageContaining(reason.strip());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://hooks.partner.example/",
                "file:///etc/passwd",
                "gopher://127.0.0.1:25/",
                "/hook",
                "http:///hook",
                "not a url"
            })
    void refusesWhatIsNotAnHttpUrl(String url) {
        assertThatThrownBy(() -> targets.check(url)).isInstanceOf(InvalidWebhook.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.partner.example/hook",
                "http://hooks.partner.example:80/hook",
                "https://hooks.partner.example:443/hook?x=1",
                "HTTPS://Hooks.Partner.Example/hook",
                "https://93.184.216.34/hook",
                "https://[2606:2800:220:1:248:1893:25c8:1946]/hook",
                "https://100.128.0.1/hook",
                "https://172.32.0.1/hook",
                "https://192.169.0.1/hook",
                "https://not-yet-in-dns.partner.example/hook",
            })
    void acceptsPublicHttpUrlsOnStandardPorts(String url) {
        assertThat(targets.check(url)).isNotNull();
    }

    @Test
    void checksEveryAddressANameResolvesToAtTheTimeOfTheCall() throws Exception {
        assertThat(targets.resolve("hooks.partner.example", 443))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        assertThat(targets.resolve("v6.partner.example", 443)).hasSize(1);
        assertThatThrownBy(() -> targets.resolve("rebound.partner.example", 443))
                .isInstanceOf(AddressNotAllowed.class)
                .hasMessage("address not allowed: 127.0.0.1 (loopback)");
        assertThatThrownBy(() -> targets.resolve("metadata.partner.example", 80))
                .hasMessage("address not allowed: 169.254.169.254 (link-local)");
        assertThatThrownBy(() -> targets.resolve("mixed.partner.example", 443))
                .as("one internal address among public ones refuses the call")
                .hasMessage("address not allowed: 10.0.0.7 (private)");
        assertThatThrownBy(() -> targets.resolve("2130706433", 80)).isInstanceOf(AddressNotAllowed.class);
        assertThatThrownBy(() -> targets.resolve("::1", 80)).isInstanceOf(AddressNotAllowed.class);
        assertThatThrownBy(() -> targets.resolve("localhost", 80)).isInstanceOf(AddressNotAllowed.class);
    }

    @Test
    void resolvesANameOnceForTheCallSoARebindingAnswerIsNotAsked() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        WebhookTargets rebinding = new WebhookTargets(
                List.of(),
                host -> lookups.getAndIncrement() == 0
                        ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                        : new InetAddress[] {InetAddress.getByName("127.0.0.1")},
                WebhookTargets.STANDARD_PORTS);

        assertThat(rebinding.resolve("hooks.partner.example", 443))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        assertThat(lookups).hasValue(1);
        assertThatThrownBy(() -> rebinding.resolve("hooks.partner.example", 443))
                .hasMessage("address not allowed: 127.0.0.1 (loopback)");
    }

    @Test
    void letsAllowListedHostsAndEndpointsThroughAndNothingElse() throws Exception {
        WebhookTargets allowing = new WebhookTargets(
                List.of("127.0.0.1:9999", "demo-receiver.local", "[::1]:8080"),
                host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")},
                WebhookTargets.STANDARD_PORTS);

        assertThat(allowing.check("http://127.0.0.1:9999/hook")).isNotNull();
        assertThat(allowing.check("http://demo-receiver.local:7000/hook")).isNotNull();
        assertThat(allowing.check("http://[::1]:8080/hook")).isNotNull();
        assertThat(allowing.resolve("127.0.0.1", 9999))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("127.0.0.1");
        assertThat(allowing.resolve("demo-receiver.local", 7000)).hasSize(1);

        assertThatThrownBy(() -> allowing.check("http://127.0.0.1:27017/")).isInstanceOf(WebhookTargetNotAllowed.class);
        assertThatThrownBy(() -> allowing.check("http://127.0.0.1/")).isInstanceOf(WebhookTargetNotAllowed.class);
        assertThatThrownBy(() -> allowing.check("http://2130706433:9999/"))
                .as("the allow-list matches the host as written")
                .isInstanceOf(WebhookTargetNotAllowed.class);
        assertThatThrownBy(() -> allowing.resolve("127.0.0.1", 27017)).isInstanceOf(AddressNotAllowed.class);
        assertThatThrownBy(() -> allowing.resolve("[::1]", 8081)).isInstanceOf(AddressNotAllowed.class);
        assertThatThrownBy(() -> allowing.resolve("127.0.0.1", -1)).isInstanceOf(AddressNotAllowed.class);
    }

    @Test
    void refusesAnAllowListEntryThatIsNotHostOrHostAndPort() {
        assertThatThrownBy(() -> new WebhookTargets(List.of("127.0.0.1:http"), h -> null, Set.of(80)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
