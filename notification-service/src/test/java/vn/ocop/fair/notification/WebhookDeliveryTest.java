package vn.ocop.fair.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ocop.fair.local.FreePorts;
import vn.ocop.fair.notification.webhook.Signature;

/**
 * Webhooks against real HTTP receivers: signed deliveries a receiver can verify, retries through an
 * outage with the endpoint's circuit opening and closing, and a slow endpoint that does not hold up
 * another's deliveries.
 */
class WebhookDeliveryTest extends ServiceTest {

    static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    @Autowired
    Events events;

    @RegisterExtension
    final OrganiserWebhooks webhooks = new OrganiserWebhooks(() -> port);

    @Test
    void signsEachDeliverySoTheReceiverCanVerifyIt() {
        try (Receiver receiver = Receiver.on(0)) {
            ResponseEntity<String> created = webhooks.register(receiver.url(), "StockLow");
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            String id = JsonPath.read(created.getBody(), "$.id");
            String secret = JsonPath.read(created.getBody(), "$.secret");
            assertThat(secret).startsWith("whsec_");

            String eventId = events.deliver("StockLow", Map.of());

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !receiver.callsFor(eventId).isEmpty());
            Receiver.Call call = receiver.callsFor(eventId).get(0);
            Matcher signature = SIGNATURE.matcher(call.header("X-Ocop-Signature"));
            assertThat(signature.matches()).isTrue();
            long t = Long.parseLong(signature.group(1));
            assertThat(signature.group(2)).isEqualTo(Signature.hmac(secret, t + "." + call.body()));
            assertThat(signature.group(2)).isNotEqualTo(Signature.hmac("whsec_wrong", t + "." + call.body()));
            assertThat(t).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
            assertThat(call.header("X-Ocop-Event-Type")).isEqualTo("StockLow");
            assertThat(call.header("X-Ocop-Delivery-Id")).isNotBlank();
            assertThat(JsonPath.<String>read(call.body(), "$.type")).isEqualTo("StockLow");
            assertThat(JsonPath.<String>read(call.body(), "$.data.producerId")).isEqualTo(Samples.PRODUCER);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                String log = Api.organiser(port)
                        .get("/api/notifications/webhooks/" + id + "/deliveries")
                        .getBody();
                assertThat(JsonPath.<List<String>>read(log, "$.items[?(@.eventId=='" + eventId + "')].status"))
                        .containsExactly("SENT");
            });
            assertThat(Api.organiser(port).get("/api/notifications/webhooks").getBody())
                    .contains(id)
                    .doesNotContain(secret);
        }
    }

    @Test
    void deliversOnceAfterTheEndpointRecoversWithItsCircuitOpeningAndClosing() {
        int port = FreePorts.next(); // nothing listens yet: the endpoint is down
        String id = JsonPath.read(
                webhooks.register("http://127.0.0.1:" + port + "/hook", "CertificateExpiring")
                        .getBody(),
                "$.id");

        String eventId = events.deliver("CertificateExpiring", Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> circuit(id, "open"));
        String log = Api.organiser(this.port)
                .get("/api/notifications/webhooks/" + id + "/deliveries")
                .getBody();
        assertThat(JsonPath.<Integer>read(log, "$.items[0].attempts"))
                .as("tried until the circuit opened")
                .isGreaterThanOrEqualTo(3);
        assertThat(JsonPath.<String>read(log, "$.items[0].status")).isIn("PENDING", "SENDING");
        assertThat(JsonPath.<String>read(log, "$.items[0].lastError")).isEqualTo("connection refused");

        try (Receiver receiver = Receiver.on(port)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String after = Api.organiser(this.port)
                        .get("/api/notifications/webhooks/" + id + "/deliveries")
                        .getBody();
                assertThat(JsonPath.<String>read(after, "$.items[0].status")).isEqualTo("SENT");
            });
            assertThat(receiver.callsFor(eventId)).hasSize(1);
            await().atMost(Duration.ofSeconds(5)).until(() -> circuit(id, "closed"));
        }
    }

    @Test
    void aSlowEndpointDoesNotHoldUpAnotherEndpointsDeliveries() {
        try (Receiver slow = Receiver.holding(0);
                Receiver fast = Receiver.on(0)) {
            webhooks.register(slow.url(), "OrderFulfilled");
            webhooks.register(fast.url(), "OrderFulfilled");

            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(events.deliver(
                        "OrderFulfilled",
                        Map.of(Samples.ORDER_ID, UUID.randomUUID().toString())));
            }

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sent.stream().allMatch(e -> fast.callsFor(e).size() == 1));
            long slowStarted =
                    sent.stream().filter(e -> !slow.callsFor(e).isEmpty()).count();
            assertThat(slowStarted)
                    .as("the slow endpoint's bulkhead lets 2 calls in at a time")
                    .isLessThanOrEqualTo(2);

            slow.release();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> sent.stream().allMatch(e -> slow.callsFor(e).size() == 1));
        }
    }

    private boolean circuit(String webhookId, String state) {
        String metrics = prometheus();
        return metrics.lines()
                .anyMatch(l -> l.startsWith("resilience4j_circuitbreaker_state{")
                        && l.contains("name=\"" + webhookId + "\"")
                        && l.contains("state=\"" + state + "\"")
                        && l.endsWith(" 1.0"));
    }
}
