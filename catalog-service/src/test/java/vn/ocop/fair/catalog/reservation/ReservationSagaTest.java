package vn.ocop.fair.catalog.reservation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.reservation.Reservation.Status;
import vn.ocop.fair.catalog.stock.Stock;
import vn.ocop.fair.testsupport.KafkaTestClient;

/** Catalog's side of the order saga, driven by order events through the real broker. */
@CatalogIntegrationTest
class ReservationSagaTest extends TeaAndSilkOrders {

    @Autowired
    Reservations reservations;

    @Autowired
    JsonMapper json;

    @Test
    void reservesEveryLineOfAPlacedOrderAndPublishesStockReserved() {
        String order = UUID.randomUUID().toString();

        OrderEvents.placed(order, lines(tea, 3, silk, 1)).sendAndWait(null);

        probe.awaitStatus(order, Status.RESERVED);
        assertThat(probe.stock(tea).available()).isEqualTo(7);
        assertThat(probe.reservation(order).lines())
                .allSatisfy(line ->
                        assertThat(line.token()).as("the hold it counts").isNotNull());
        assertThat(probe.awaitSettled(tea, order).reserved()).isEqualTo(3);
        assertThat(probe.stock(tea).heldOrders()).isEqualTo(1);
        assertThat(probe.stock(silk).reserved()).isEqualTo(1);
        ConsumerRecord<String, byte[]> reserved = single(order);
        assertThat(KafkaTestClient.header(reserved, "ce_type")).isEqualTo("vn.ocop.fair.catalog.StockReserved.v1");
        assertThat(KafkaTestClient.header(reserved, "ce_subject")).isEqualTo(order);
        JsonNode event = json.readTree(new String(reserved.value(), UTF_8));
        assertThat(event.get("lines")).hasSize(2);
        assertThat(event.get("lines").get(0).get("productId").asString()).isEqualTo(tea);
        assertThat(event.get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
    }

    @Test
    void rejectsTheWholeOrderWhenALaterLineCannotBeServedAndPutsTheEarlierLinesBack() throws Exception {
        String delisted = products.listed("htx-che-ba-vi", "Chè búp Ba Vì", 5);
        products.delist(delisted);
        String order = UUID.randomUUID().toString();

        OrderEvents.placed(order, lines(tea, 4, silk, 2, delisted, 1, "no-such-product", 1))
                .sendAndWait(null);

        Reservation rejected = probe.awaitStatus(order, Status.REJECTED);
        assertThat(rejected.lines())
                .extracting(Reservation.Line::state)
                .containsExactly(
                        Reservation.LineState.HELD,
                        Reservation.LineState.REFUSED,
                        Reservation.LineState.REFUSED,
                        Reservation.LineState.REFUSED);
        Stock teaAfter = probe.stock(tea);
        assertThat(teaAfter.available()).as("the first line was put back").isEqualTo(10);
        assertThat(teaAfter.pending()).isEmpty();
        assertThat(teaAfter.heldOrders()).isZero();
        assertThat(probe.stock(silk).available()).isEqualTo(1);
        ConsumerRecord<String, byte[]> event = single(order);
        assertThat(KafkaTestClient.header(event, "ce_type"))
                .isEqualTo("vn.ocop.fair.catalog.StockReservationRejected.v1");
        JsonNode lines = json.readTree(new String(event.value(), UTF_8)).get("lines");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("productId").asString()).isEqualTo(silk);
        assertThat(lines.get(0).get("reason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(lines.get(0).get("available").asLong()).isEqualTo(1);
        assertThat(lines.get(1).get("reason").asString()).isEqualTo("DELISTED");
        assertThat(lines.get(2).get("reason").asString()).isEqualTo("UNKNOWN_PRODUCT");
    }

    @Test
    void releasesWhatAnOrderHeldWhenItIsCancelledRejectedOrExpires() {
        Map<String, String> causes = Map.of(
                "OrderCancelled",
                "ORDER_CANCELLED",
                "OrderRejected",
                "ORDER_REJECTED",
                "OrderExpired",
                "ORDER_EXPIRED");
        for (var ending : causes.entrySet()) {
            String order = UUID.randomUUID().toString();
            OrderEvents.placed(order, lines(tea, 2)).sendAndWait(null);
            probe.awaitStatus(order, Status.RESERVED);

            OrderEvents.ended(ending.getKey(), order).sendAndWait(null);

            assertThat(probe.awaitStatus(order, Status.RELEASED).releaseCause()).isEqualTo(ending.getValue());
            assertThat(probe.awaitSettled(tea, order).heldOrders()).isZero();
            List<ConsumerRecord<String, byte[]>> events =
                    StockTopic.read(Set.of(order), seen -> seen.size() >= 2, Duration.ofSeconds(30));
            assertThat(StockTopic.types(events)).containsExactly("StockReserved", "StockReleased");
            assertThat(json.readTree(new String(events.get(1).value(), UTF_8))
                            .get("cause")
                            .asString())
                    .isEqualTo(ending.getValue());
        }
        assertThat(probe.stock(tea).available()).isEqualTo(10);
    }

    @Test
    void sellsWhatAFulfilledOrderHeld() {
        String order = UUID.randomUUID().toString();
        OrderEvents.placed(order, lines(tea, 2, silk, 1)).sendAndWait(null);
        probe.awaitStatus(order, Status.RESERVED);

        OrderEvents.ended("OrderFulfilled", order).sendAndWait(null);

        probe.awaitStatus(order, Status.COMMITTED);
        Stock teaAfter = probe.stock(tea);
        assertThat(teaAfter.sold()).isEqualTo(2);
        assertThat(teaAfter.reserved()).isZero();
        assertThat(teaAfter.available()).isEqualTo(8);
        assertThat(probe.stock(silk).sold()).isEqualTo(1);
        assertThat(StockTopic.types(StockTopic.read(Set.of(order), seen -> seen.size() >= 2, Duration.ofSeconds(30))))
                .containsExactly("StockReserved", "StockCommitted");
    }

    @Test
    void raisesStockLowOnceWhenReservationsTakeTheStockBelowItsThreshold() throws Exception {
        products.lowThreshold(tea, 5);
        for (int quantity : new int[] {3, 3, 1}) { // 10 → 7 → 4 (below 5: StockLow) → 3
            String order = UUID.randomUUID().toString();
            OrderEvents.placed(order, lines(tea, quantity)).sendAndWait(null);
            probe.awaitStatus(order, Status.RESERVED);
        }

        List<ConsumerRecord<String, byte[]>> low =
                StockTopic.read(Set.of(tea), seen -> !seen.isEmpty(), Duration.ofSeconds(30));

        assertThat(low).singleElement().satisfies(r -> {
            assertThat(KafkaTestClient.header(r, "ce_type")).isEqualTo("vn.ocop.fair.catalog.StockLow.v1");
            JsonNode event = json.readTree(new String(r.value(), UTF_8));
            assertThat(event.get("available").asLong()).isEqualTo(4);
            assertThat(event.get("lowThreshold").asInt()).isEqualTo(5);
            assertThat(event.get("producerId").asString()).isEqualTo("htx-che-ba-vi");
        });
    }

    @Test
    void anOrderThatEndsBeforeItIsReservedNeverHoldsStock() {
        String order = UUID.randomUUID().toString();

        OrderEvents.ended("OrderCancelled", order).sendAndWait(0);
        OrderEvents.placed(order, lines(tea, 2)).sendAndWait(0);
        String marker = UUID.randomUUID().toString();
        OrderEvents.placed(marker, lines(tea, 1)).sendAndWait(0);

        probe.awaitStatus(marker, Status.RESERVED);
        assertThat(probe.reservation(order).status()).isEqualTo(Status.RELEASED);
        assertThat(probe.reservation(order).lines()).isEmpty();
        assertThat(probe.stock(tea).moveOf(order)).isEmpty();
        assertThat(probe.stock(tea).available()).isEqualTo(9);
    }

    @Test
    void anUnreadableOrderEventGoesToTheDeadLetterTopicAndLaterOnesStillFlow() {
        String key = UUID.randomUUID().toString();
        new OrderEvents.Event("OrderPlaced", key, "{not json").sendAndWait(1);
        String later = UUID.randomUUID().toString();
        OrderEvents.placed(later, lines(tea, 1)).sendAndWait(1);

        probe.awaitStatus(later, Status.RESERVED);
        var dead = KafkaTestClient.shared()
                .await("ocop.orders.v1.catalog-service.dlq", r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(new String(r.value(), UTF_8)).isEqualTo("{not json");
            assertThat(KafkaTestClient.header(r, "x-original-topic")).isEqualTo("ocop.orders.v1");
            assertThat(KafkaTestClient.header(r, "x-exception-message")).contains("unreadable order event");
        });
        await().until(() -> reservations.find(key).isEmpty());
    }

    static Map<String, Integer> lines(Object... productAndQuantity) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            lines.put((String) productAndQuantity[i], (Integer) productAndQuantity[i + 1]);
        }
        return lines;
    }

    private static ConsumerRecord<String, byte[]> single(String key) {
        List<ConsumerRecord<String, byte[]>> events =
                StockTopic.read(Set.of(key), seen -> !seen.isEmpty(), Duration.ofSeconds(30));
        assertThat(events).as("events about %s", key).hasSize(1);
        return events.get(0);
    }
}
