package vn.ocop.fair.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.ocop.fair.support.observability.DeadLetterCounter;
import vn.ocop.fair.testsupport.KafkaTestClient;

/**
 * Over the real broker: the producers' samples sent with CloudEvents headers to their topics reach
 * the recipients' feeds, a redelivered record is not notified twice, and a record that cannot be
 * read goes to the dead-letter topic; the metrics count what happened.
 */
class BrokerIntegrationTest extends ServiceTest {

    @Autowired
    MeterRegistry meters;

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @Test
    void notifiesFromRecordsOnEveryTopicAndOnlyOnceForARedeliveredRecord() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customer = "kafka-" + run;
        String producer = "htx-kafka-" + run;
        String order = UUID.randomUUID().toString();
        Map<String, String> ids = Samples.ownOrder(customer, order);
        ids.put(Samples.PRODUCER, producer);
        Api.customer(port, customer).prefer("vi", null, "IN_APP");

        send("OrderPlaced", UUID.randomUUID().toString(), order, ids);
        String confirmed = UUID.randomUUID().toString();
        send("OrderConfirmed", confirmed, order, ids);
        send("OrderConfirmed", confirmed, order, ids); // redelivered
        send("StockLow", UUID.randomUUID().toString(), "product-1", ids);
        send("BoothAssigned", UUID.randomUUID().toString(), ids.get(Samples.FAIR_ID), ids);

        Api customerApi = Api.customer(port, customer);
        Api producerApi = Api.producer(port, producer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(types(producerApi)).containsExactlyInAnyOrder("ORDER_RECEIVED", "STOCK_LOW", "BOOTH_ASSIGNED");
            assertThat(types(customerApi)).containsExactly("ORDER_CONFIRMED");
        });
        send("OrderConfirmed", confirmed, order, ids); // and once more, after it was handled
        String marker = UUID.randomUUID().toString();
        send("OrderCancelled", marker, order, ids);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(types(customerApi)).contains("ORDER_CANCELLED"));
        assertThat(types(customerApi)).containsExactlyInAnyOrder("ORDER_CONFIRMED", "ORDER_CANCELLED");

        String metrics = prometheus();
        assertThat(metrics)
                .contains(
                        "ocop_notifications_total{",
                        "channel=\"IN_APP\"",
                        "outcome=\"created\"",
                        "type=\"ORDER_CONFIRMED\"")
                .contains("ocop_notification_delivery_latency_seconds_bucket{")
                .contains("ocop_notifications_pending{");
    }

    @Test
    void sendsAnUnreadableRecordToTheDeadLetterTopic() {
        String id = UUID.randomUUID().toString();
        kafka.send(
                "ocop.orders.v1",
                "broken",
                Map.of("ce_id", id, "ce_type", "vn.ocop.fair.order.OrderConfirmed.v1", "ce_specversion", "1.0"),
                "{not json".getBytes(StandardCharsets.UTF_8));

        var dead = kafka.await(
                "ocop.orders.v1.notification-service.dlq",
                r -> id.equals(KafkaTestClient.header(r, "ce_id")),
                Duration.ofSeconds(30));

        assertThat(dead).hasSize(1);
        assertThat(KafkaTestClient.header(dead.get(0), "x-original-topic")).isEqualTo("ocop.orders.v1");
        assertThat(KafkaTestClient.header(dead.get(0), "x-exception-message")).contains("unreadable OrderConfirmed");
    }

    @Test
    void deadLettersOnlyTheUnreadableRecordOfABatchAndHandlesTheOthers() {
        String customer = "kafka-dlq-" + UUID.randomUUID().toString().substring(0, 8);
        String order = UUID.randomUUID().toString();
        Map<String, String> ids = Samples.ownOrder(customer, order);
        Api.customer(port, customer).prefer("vi", null, "IN_APP");
        String broken = UUID.randomUUID().toString();

        // one key, one partition: most likely one poll, in this order
        send("OrderPlaced", UUID.randomUUID().toString(), order, ids);
        send("OrderConfirmed", UUID.randomUUID().toString(), order, ids);
        kafka.send(
                "ocop.orders.v1",
                order,
                Map.of("ce_id", broken, "ce_type", "vn.ocop.fair.order.OrderCancelled.v1", "ce_specversion", "1.0"),
                "{\"orderId\": 42".getBytes(StandardCharsets.UTF_8));
        send("OrderPaid", UUID.randomUUID().toString(), order, ids);

        var dead = kafka.await(
                "ocop.orders.v1.notification-service.dlq",
                r -> broken.equals(KafkaTestClient.header(r, "ce_id")),
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(meters.find(DeadLetterCounter.METER)
                                .tags("topic", "ocop.orders.v1", "reason", "unreadable")
                                .counter())
                        .as("the dead letter of a batch binding is counted")
                        .isNotNull());
        Api customerApi = Api.customer(port, customer);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(types(customerApi)).containsExactlyInAnyOrder("ORDER_CONFIRMED", "ORDER_PAID"));
    }

    private void send(String event, String ceId, String key, Map<String, String> ids) {
        kafka.send(
                Samples.topic(event),
                key,
                Map.of(
                        "ce_id",
                        ceId,
                        "ce_type",
                        Samples.ceType(event),
                        "ce_source",
                        "/" + Samples.module(event),
                        "ce_specversion",
                        "1.0",
                        "ce_time",
                        Instant.now().toString(),
                        "content-type",
                        "application/json"),
                Samples.json(Samples.module(event), event, ids).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> types(Api api) {
        ResponseEntity<String> page = api.get("/api/notifications?size=100");
        return JsonPath.read(page.getBody(), "$.items[*].type");
    }
}
