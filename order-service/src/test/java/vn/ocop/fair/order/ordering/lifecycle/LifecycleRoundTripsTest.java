package vn.ocop.fair.order.ordering.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.support.OrderApi;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.support.security.Caller;
import vn.ocop.fair.testsupport.MongoCommands;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * The database round trips of each transition, counted on the wire (README "Round trips per
 * order"): one conditional {@code findAndModify} each, after a read where the order must be read
 * first. The relay's publication of each event comes on top, on its own thread.
 */
class LifecycleRoundTripsTest extends OrderServiceTest {

    static final Caller ORGANISER = new Caller("bantochuc", Set.of("ORGANISER"), null);

    @Autowired
    OrderSaga saga;

    @Autowired
    OrderLifecycle lifecycle;

    @Autowired
    AwaitingCatalog awaiting;

    @Test
    void confirmsAnOrderThisInstancePlacedInOneRoundTripThenPaysAndFulfilsInTwoEach() {
        String order = placed("khach-trips-3");

        assertThat(counted(() -> saga.stockReserved(order))).containsExactly("findAndModify orders");
        assertThat(counted(() -> saga.stockReserved(order)))
                .as("a repeated reply reads the order and changes nothing")
                .containsExactly("find orders");
        assertThat(counted(() -> lifecycle.pay(order, ORGANISER, null, "VCB-1")))
                .containsExactly("find orders", "findAndModify orders");
        assertThat(counted(() -> lifecycle.fulfil(order, ORGANISER)))
                .containsExactly("find orders", "findAndModify orders");
        assertThat(orders.find(order).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
    }

    @Test
    void confirmsAnOrderPlacedElsewhereInTwoRoundTripsAndCancelsInTwoPlusTheGiveBacks() {
        String order = placed("khach-trips-4");
        awaiting.answered(order); // as if another instance had placed it

        assertThat(counted(() -> saga.stockReserved(order))).containsExactly("find orders", "findAndModify orders");
        assertThat(counted(() -> lifecycle.cancel(order, ORGANISER, "Nhầm đơn")))
                .as("no flash units or voucher to give back")
                .containsExactly("find orders", "findAndModify orders");
    }

    @Test
    void confirmsABatchOfRepliesInOneBulkWriteAndReadsTogetherTheOrdersPlacedElsewhere() {
        List<String> mine = List.of(placed("khach-trips-5"), placed("khach-trips-6"), placed("khach-trips-7"));
        List<String> elsewhere = List.of(placed("khach-trips-8"), placed("khach-trips-9"));
        elsewhere.forEach(awaiting::answered); // as if another instance had placed them
        List<String> all = new ArrayList<>(mine);
        all.addAll(elsewhere);

        assertThat(counted(() -> saga.stockReserved(all))).containsExactly("find orders", "update orders");
        assertThat(all)
                .allSatisfy(
                        id -> assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED));
        assertThat(counted(() -> saga.stockReserved(all)))
                .as("repeated replies read the orders once and change nothing")
                .containsExactly("find orders");
    }

    private String placed(String customer) {
        String fair = readModels.openFair();
        String tea = readModels.product("htx-che-ba-vi", "FOOD", 120_000);
        readModels.booth(fair, "B-03", "htx-che-ba-vi", tea);
        var answer = api.place(
                TestTokens.shared().customer(customer), UUID.randomUUID().toString(), OrderApi.pickup(fair, tea, 1));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("id").asString();
    }

    private static List<String> counted(Runnable work) {
        MongoCommands.record();
        work.run();
        return MongoCommands.recorded();
    }
}
