package vn.ocop.fair.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Webhooks call only where they may: URLs at this machine or internal networks are refused at
 * registration (422 problem), a name that resolves to loopback when the call is due is not called,
 * and the delivery log keeps the status or a short reason, never what the endpoint answered.
 */
class WebhookTargetRulesTest extends ServiceTest {

    static final String SECRET = "jdbc:postgresql://10.0.0.5/prod?password=hunter2";

    @Autowired
    Events events;

    @Autowired
    MongoDatabase database;

    @RegisterExtension
    final OrganiserWebhooks webhooks = new OrganiserWebhooks(() -> port);

    @Test
    void refusesWebhookPointingAtThisMachineOrAnInternalNetwork() {
        Map<String, String> refused = Map.of(
                "http://localhost:8084/actuator/env", "port 8084 is not allowed",
                "http://localhost/actuator/env", "address not allowed: localhost",
                "http://169.254.169.254/latest/meta-data/", "address not allowed: 169.254.169.254 (link-local)",
                "http://[::1]/hook", "(loopback)",
                "http://0.0.0.0/hook", "address not allowed: 0.0.0.0 (unspecified)",
                "http://2130706433/hook", "address not allowed: 127.0.0.1 (loopback, written 2130706433)",
                "http://0x7f.1/hook", "address not allowed: 127.0.0.1 (loopback, written 0x7f.1)",
                "http://127.0.0.2:3025/", "port 3025 is not allowed",
                "http://10.0.0.8:9092/", "port 9092 is not allowed",
                "https://user:pass@partner.example.vn/hook", "must not carry a user name or password");
        Api operator = Api.as(port, vn.ocop.fair.testsupport.TestTokens.shared().operator());
        refused.forEach((url, reason) -> {
            ResponseEntity<String> answer = operator.post(
                    "/api/notifications/webhooks", Map.of("url", url, "eventTypes", List.of("OrderPaid")));

            assertThat(answer.getStatusCode()).as(url).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(JsonPath.<String>read(answer.getBody(), "$.type"))
                    .isEqualTo("https://ocop-fair.vn/problems/webhook-target-not-allowed");
            assertThat(JsonPath.<String>read(answer.getBody(), "$.detail"))
                    .as(url)
                    .contains(reason);
        });
        assertThat(operator.get("/api/notifications/webhooks").getBody()).isEqualTo("[]");
    }

    @Test
    void doesNotCallAPublicLookingNameThatResolvesToLoopbackWhenTheCallIsDue() {
        TestDns.point("hooks.rebound.example", "127.0.0.1");
        ResponseEntity<String> created = webhooks.register("http://hooks.rebound.example/hook", "CertificateExpiring");
        assertThat(created.getStatusCode())
                .as("a name is checked when it is called")
                .isEqualTo(HttpStatus.CREATED);
        String id = JsonPath.read(created.getBody(), "$.id");

        String eventId = events.deliver("CertificateExpiring", Map.of());

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(delivery(id, eventId, "lastError"))
                        .isEqualTo("address not allowed: 127.0.0.1 (loopback)"));
        assertThat(delivery(id, eventId, "status")).isIn("PENDING", "SENDING");
    }

    @Test
    void keepsOnlyTheStatusInTheDeliveryLogNeverWhatTheEndpointAnswered() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer failing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/hook", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"error\":\"" + SECRET + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        failing.start();
        try {
            String id = JsonPath.read(
                    webhooks.register("http://127.0.0.1:" + failing.getAddress().getPort() + "/hook", "BoothReleased")
                            .getBody(),
                    "$.id");

            String eventId = events.deliver("BoothReleased", Map.of());

            await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() >= 2);
            assertThat(delivery(id, eventId, "lastError")).isEqualTo("HTTP 500");
            assertThat(Api.organiser(port)
                            .get("/api/notifications/webhooks/" + id + "/deliveries")
                            .getBody())
                    .doesNotContain("hunter2");
            Document stored = database.getCollection("notifications")
                    .find(Filters.and(Filters.eq("eventId", eventId), Filters.eq("webhookId", id)))
                    .first();
            assertThat(stored.getList("log", Document.class))
                    .isNotEmpty()
                    .allSatisfy(entry -> assertThat(entry.getString("detail")).isEqualTo("HTTP 500"));
            assertThat(stored.toJson()).doesNotContain("hunter2");
        } finally {
            failing.stop(0);
        }
    }

    private String delivery(String webhookId, String eventId, String field) {
        String log = Api.organiser(port)
                .get("/api/notifications/webhooks/" + webhookId + "/deliveries")
                .getBody();
        List<String> values = JsonPath.read(log, "$.items[?(@.eventId=='" + eventId + "')]." + field);
        return values.isEmpty() ? null : values.get(0);
    }
}
