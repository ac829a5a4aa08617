package vn.ocop.fair.order.ordering.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.SilkAtAnOpenFair;
import vn.ocop.fair.order.support.CatalogStandIn;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.testsupport.TestClock;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * The order saga over the real broker, with catalog played by its published contract: placed →
 * confirmed, placed → rejected, cancelled and expired orders published for catalog to release,
 * late and repeated replies ignored, silent catalog reconciled.
 */
class OrderSagaTest extends SilkAtAnOpenFair {

    @Autowired
    OrderSweeper sweeper;

    @Autowired
    TestClock clock;

    final CatalogStandIn catalog = new CatalogStandIn();
    final TestTokens tokens = TestTokens.shared();

    @BeforeEach
    void aBoothSellingTheSilk() {
        readModels.booth(fair, "A-01", "htx-lua-van-phuc", silk);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void confirmsAnOrderOnceCatalogReservedItsStock() {
        String order = place(tokens.customer("khach-saga-1"), OrderApi.pickup(fair, silk, 2));

        JsonNode placed = catalog.awaitEvents(order, "OrderPlaced").get(0);
        assertThat(placed.get("fairId").asString()).isEqualTo(fair);
        assertThat(placed.get("totalVnd").asLong()).isEqualTo(900_000);
        assertThat(placed.get("fulfilment").get("boothCode").asString()).isEqualTo("A-01");
        catalog.reserve(order);

        Order confirmed = awaitStatus(order, OrderStatus.CONFIRMED);
        assertThat(confirmed.paymentDueAt()).isNotNull();
        assertThat(confirmed.timeline()).extracting(Order.Step::step).containsExactly("PLACED", "CONFIRMED");
        JsonNode event = catalog.awaitEvents(order, "OrderConfirmed").get(0);
        assertThat(event.get("totalVnd").asLong()).isEqualTo(900_000);
    }

    @Test
    void rejectsAnOrderWhenCatalogRefusesItsStockWithTheLinesReasons() {
        String order = place(tokens.customer("khach-saga-2"), OrderApi.pickup(fair, silk, 3));

        catalog.refuse(order);

        Order rejected = awaitStatus(order, OrderStatus.REJECTED);
        assertThat(rejected.rejectedLines())
                .singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("OUT_OF_STOCK"));
        JsonNode event = catalog.awaitEvents(order, "OrderRejected").get(0);
        assertThat(event.get("lines").get(0).get("productId").asString()).isEqualTo(silk);
    }

    @Test
    void cancellingAConfirmedOrderPublishesOrderCancelledForCatalogToRelease() {
        String customer = tokens.customer("khach-saga-3");
        String order = confirmedPickup(customer);

        var answer = api.post(customer, "/api/orders/" + order + "/cancellation", "{\"reason\":\"Khách đổi ý\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode cancelled = catalog.awaitEvents(order, "OrderCancelled").get(0);
        assertThat(cancelled.get("cancelledBy").asString()).isEqualTo("CUSTOMER");
        assertThat(cancelled.get("reason").asString()).isEqualTo("Khách đổi ý");
        assertThat(orders.find(order).orElseThrow().cancelledBy())
                .as("the document names the role that cancelled, as the event does")
                .isEqualTo("CUSTOMER");
        assertThat(json.readTree(answer.body()).get("cancelledBy").asString()).isEqualTo("CUSTOMER");
        catalog.sendSample(order, "StockReleased");
        awaitStep(order, "STOCK_RELEASED");
    }

    @Test
    void expiresAnUnpaidOrderAfterItsDueTimeAndPublishesOrderExpired() {
        String order = place(tokens.customer("khach-saga-4"), OrderApi.delivery(fair, silk, 1));
        catalog.reserve(order);
        Order confirmed = awaitStatus(order, OrderStatus.CONFIRMED);

        clock.advance(Duration.ofMinutes(31));
        sweeper.sweep();

        assertThat(orders.find(order).orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
        JsonNode expired = catalog.awaitEvents(order, "OrderExpired").get(0);
        assertThat(expired.get("paymentDueAt").asString())
                .isEqualTo(confirmed.paymentDueAt().toString());
    }

    @Test
    void lateRepeatedAndOutOfOrderRepliesNeverMoveAnOrderBack() {
        String customer = tokens.customer("khach-saga-5");
        String confirmedOrder = confirmedPickup(customer);
        String cancelledOrder = place(customer, OrderApi.pickup(fair, silk, 1));
        assertThat(api.post(customer, "/api/orders/" + cancelledOrder + "/cancellation", "{}")
                        .statusCode())
                .isEqualTo(200);

        catalog.reserve(confirmedOrder); // duplicate
        catalog.refuse(confirmedOrder); // out of order
        catalog.reserve(cancelledOrder); // late: catalog releases it on OrderCancelled anyway
        // a last reply on each order's key, hence partition: once it is noted, the ones before were handled
        catalog.sendSample(confirmedOrder, "StockCommitted");
        catalog.sendSample(cancelledOrder, "StockReleased");
        awaitStep(confirmedOrder, "STOCK_COMMITTED");
        awaitStep(cancelledOrder, "STOCK_RELEASED");

        Order stillConfirmed = orders.find(confirmedOrder).orElseThrow();
        assertThat(stillConfirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(steps(stillConfirmed)).containsExactly("PLACED", "CONFIRMED", "STOCK_COMMITTED");
        Order stillCancelled = orders.find(cancelledOrder).orElseThrow();
        assertThat(stillCancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(steps(stillCancelled)).containsExactly("PLACED", "CANCELLED", "STOCK_RELEASED");
        assertThat(catalog.awaitEvents(confirmedOrder, "OrderConfirmed")).hasSize(1);
    }

    @Test
    void republishesOrderPlacedWhileCatalogIsSilentThenRejectsTheOrder() {
        String order = place(tokens.customer("khach-saga-6"), OrderApi.pickup(fair, silk, 1));

        clock.advance(Duration.ofSeconds(31));
        sweeper.sweep();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> catalog.awaitEvents(order, "OrderPlaced").size() == 2);
        clock.advance(Duration.ofSeconds(62));
        sweeper.sweep();
        clock.advance(Duration.ofSeconds(93));
        sweeper.sweep();

        Order rejected = orders.find(order).orElseThrow();
        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.reason()).contains("did not answer after 3 attempts");
        assertThat(rejected.timeline())
                .extracting(Order.Step::step)
                .containsExactly("PLACED", "PLACED_AGAIN", "PLACED_AGAIN", "REJECTED");
        assertThat(catalog.awaitEvents(order, "OrderRejected")).hasSize(1);
    }

    private String place(String token, String body) {
        var answer = api.place(token, java.util.UUID.randomUUID().toString(), body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("id").asString();
    }

    /** A pickup of one silk scarf, placed and confirmed by catalog's reservation. */
    private String confirmedPickup(String customer) {
        String order = place(customer, OrderApi.pickup(fair, silk, 1));
        catalog.reserve(order);
        awaitStatus(order, OrderStatus.CONFIRMED);
        return order;
    }

    private Order awaitStatus(String order, OrderStatus status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> orders.find(order).map(Order::status).orElse(null) == status);
        return orders.find(order).orElseThrow();
    }

    private void awaitStep(String order, String step) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> steps(orders.find(order).orElseThrow()).contains(step));
    }

    static List<String> steps(Order order) {
        return order.timeline().stream().map(Order.Step::step).toList();
    }
}
