package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.order.ordering.lifecycle.OrderSweeper;
import vn.ocop.fair.order.support.CatalogStandIn;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.testsupport.TestClock;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * The sweeper reads its sets through their markers: an overdue order is found among thousands of
 * orders that are not in the set, including overdue orders stored without the marker (as before
 * it existed), which a query by status and due time would have picked up too.
 */
class OrderSweeperTest extends OrderServiceTest {

    static final int OF_EACH_KIND = 1_000;

    @Autowired
    OrderSweeper sweeper;

    @Autowired
    TestClock clock;

    final CatalogStandIn catalog = new CatalogStandIn();
    final List<String> stored = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (!stored.isEmpty()) {
            orders.collection().deleteMany(Filters.in("_id", stored));
        }
    }

    @Test
    void findsTheOverdueOrderThroughItsMarkerAmongThousandsOfOrdersOutsideTheSet() {
        String fair = readModels.openFair();
        String silk = readModels.product("htx-lua-van-phuc", "HANDICRAFT", 450_000);
        var answer = api.place(
                TestTokens.shared().customer("khach-sweep-1"),
                UUID.randomUUID().toString(),
                OrderApi.delivery(fair, silk, 1));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String overdue = json.readTree(answer.body()).get("id").asString();
        catalog.reserve(overdue);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> orders.find(overdue).map(Order::status).orElse(null) == OrderStatus.CONFIRMED);
        Order confirmed = orders.find(overdue).orElseThrow();
        Others others = storeOthersLike(confirmed);

        clock.advance(Duration.ofMinutes(31));
        sweeper.sweep();

        assertThat(orders.find(overdue).orElseThrow().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(orders.find(overdue).orElseThrow().timeline())
                .extracting(Order.Step::step)
                .containsExactly("PLACED", "CONFIRMED", "EXPIRED");
        assertThat(stillConfirmed(others.overdueWithoutMarker()))
                .as("overdue orders stored without the marker are not in the sweeper's set")
                .isEqualTo(OF_EACH_KIND);
        assertThat(stillConfirmed(others.markedNotYetDue())).isEqualTo(OF_EACH_KIND);
    }

    record Others(List<String> overdueWithoutMarker, List<String> markedNotYetDue) {}

    private long stillConfirmed(List<String> ids) {
        return orders.collection()
                .countDocuments(
                        Filters.and(Filters.in("_id", ids), Filters.eq("status", OrderStatus.CONFIRMED.name())));
    }

    /**
     * Of each kind: CONFIRMED and long overdue but stored without the marker; CONFIRMED and marked,
     * due in ten days; PAID, out of the set.
     *
     */
    private Others storeOthersLike(Order order) {
        Instant now = clock.instant();
        List<Document> documents = new ArrayList<>();
        Others others = new Others(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < OF_EACH_KIND; i++) {
            String legacy = UUID.randomUUID().toString();
            others.overdueWithoutMarker().add(legacy);
            documents.add(
                    like(order, legacy, OrderStatus.CONFIRMED).append("paymentDueAt", date(now.minusSeconds(86_400))));
            String notYetDue = UUID.randomUUID().toString();
            others.markedNotYetDue().add(notYetDue);
            Instant dueAt = now.plus(Duration.ofDays(10));
            documents.add(like(order, notYetDue, OrderStatus.CONFIRMED)
                    .append("paymentDueAt", date(dueAt))
                    .append(Orders.EXPIRY_DUE, SweepMarker.of(dueAt, notYetDue)));
            documents.add(like(order, UUID.randomUUID().toString(), OrderStatus.PAID));
        }
        orders.collection().insertMany(documents);
        documents.forEach(d -> stored.add(d.getString("_id")));
        return others;
    }

    private static Document like(Order order, String id, OrderStatus status) {
        return OrderDocuments.toDocument(order).append("_id", id).append("status", status.name());
    }

    private static java.util.Date date(Instant instant) {
        return java.util.Date.from(instant);
    }
}
