package vn.ocop.fair.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.notification.delivery.Outcome;

/**
 * Real calls to real HTTP servers on this machine, with a resolver that answers loopback for a
 * public-looking name: the name is not called, an allow-listed one is, and nothing an endpoint
 * answers reaches the outcome. (The receivers' random port is made "standard" here; the service
 * allows 80 and 443 only.)
 */
class WebhookCallsTest {

    static final String SECRET = "db-password=hunter2";

    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();
    int port;

    @BeforeEach
    void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/fails", exchange -> {
            calls.incrementAndGet();
            byte[] body = ("{\"error\":\"" + SECRET + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/moved", exchange -> {
            calls.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WebhookCalls calls(List<String> allowList) {
        return new WebhookCalls(
                new WebhookTargets(
                        allowList,
                        host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")}, // every name → loopback
                        Set.of(80, 443, port)),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                2);
    }

    private static Outcome post(WebhookCalls calls, String url) {
        return calls.post(url, Map.of("X-Ocop-Event-Type", "StockLow"), "{\"id\":\"e-1\"}");
    }

    @Test
    void doesNotCallAPublicLookingNameThatResolvesToLoopback() throws IOException {
        try (WebhookCalls calls = calls(List.of())) {
            Outcome outcome = post(calls, "http://hooks.partner.example:" + port + "/hook");

            assertThat(outcome).isEqualTo(new Outcome.Failed("address not allowed: 127.0.0.1 (loopback)"));
            assertThat(this.calls).hasValue(0);
        }
    }

    @Test
    void callsAnAllowListedNameWhereverItResolves() throws IOException {
        try (WebhookCalls calls = calls(List.of("hooks.partner.example:" + port))) {
            assertThat(post(calls, "http://hooks.partner.example:" + port + "/hook"))
                    .isEqualTo(new Outcome.Sent("HTTP 204"));
            assertThat(this.calls).hasValue(1);
        }
    }

    @Test
    void recordsOnlyTheStatusOfAFailedCallNeverItsBody() throws IOException {
        try (WebhookCalls calls = calls(List.of("127.0.0.1"))) {
            Outcome outcome = post(calls, "http://127.0.0.1:" + port + "/fails");

            assertThat(outcome).isEqualTo(new Outcome.Failed("HTTP 500"));
            assertThat(outcome.toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void doesNotFollowARedirect() throws IOException {
        try (WebhookCalls calls = calls(List.of("127.0.0.1"))) {
            assertThat(post(calls, "http://127.0.0.1:" + port + "/moved"))
                    .isEqualTo(new Outcome.Failed("HTTP 302 (redirects are not followed)"));
            assertThat(this.calls).hasValue(1);
        }
    }

    @Test
    void recordsAShortReasonNotTheBannerOfAServerThatIsNoWebServer() throws Exception {
        try (ServerSocket smtp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                WebhookCalls calls = calls(List.of("127.0.0.1"))) {
            Thread banner = new Thread(() -> {
                try (Socket client = smtp.accept()) {
                    client.getOutputStream()
                            .write(("220 mail.internal ESMTP " + SECRET + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    client.getOutputStream().flush();
                    client.getInputStream().read(new byte[4096]);
                } catch (IOException ignored) {
                    // the client went away
                }
            });
            banner.setDaemon(true);
            banner.start();

            Outcome outcome = post(calls, "http://127.0.0.1:" + smtp.getLocalPort() + "/");

            assertThat(outcome).isInstanceOf(Outcome.Failed.class);
            assertThat(((Outcome.Failed) outcome).error()).isIn("not an HTTP response", "no response");
            assertThat(outcome.toString()).doesNotContain(SECRET).doesNotContain("220");
            banner.join(5_000);
        }
    }

    @Test
    void recordsConnectionRefusedForAnEndpointThatIsDown() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (WebhookCalls calls = calls(List.of("127.0.0.1"))) {
            assertThat(post(calls, "http://127.0.0.1:" + closed + "/hook"))
                    .isEqualTo(new Outcome.Failed("connection refused"));
        }
    }
}
