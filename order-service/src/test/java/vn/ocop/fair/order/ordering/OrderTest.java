package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ocop.fair.order.ordering.events.OrderCancelled;
import vn.ocop.fair.order.ordering.events.OrderConfirmed;
import vn.ocop.fair.order.ordering.events.OrderExpired;
import vn.ocop.fair.order.ordering.events.OrderFulfilled;
import vn.ocop.fair.order.ordering.events.OrderPaid;
import vn.ocop.fair.order.ordering.events.OrderPlaced;
import vn.ocop.fair.order.ordering.events.OrderRejected;

/** Every transition of an order, legal and illegal, without Spring or a database. */
class OrderTest {

    static final Instant PLACED_AT = Instant.parse("2030-05-21T02:00:00Z");
    static final Instant NOW = PLACED_AT.plusSeconds(5);
    static final Instant DUE = NOW.plus(Duration.ofMinutes(30));

    static Order pending() {
        return Order.place(
                        new Order.Placing(
                                "o-1",
                                "khach-1",
                                "hoi-cho-ha-noi",
                                List.of(new Order.Line(
                                        "che-thai-nguyen",
                                        "Chè Tân Cương",
                                        "htx-che",
                                        2,
                                        120_000,
                                        108_000,
                                        24_000,
                                        "promo-10",
                                        false)),
                                new Order.Totals(240_000, 24_000, null, null, 0, 216_000),
                                new OrderPlaced.Fulfilment("PICKUP", "A-01", null),
                                new OrderPlaced.Contact("Nguyễn Văn An", null, "0912345678"),
                                "CASH_ON_PICKUP",
                                PLACED_AT.plus(Duration.ofDays(3)),
                                List.of(new Order.FlashClaim("deal-1", 1))),
                        PLACED_AT)
                .order();
    }

    static Order in(OrderStatus status) {
        Order pending = pending();
        return switch (status) {
            case PENDING -> pending;
            case CONFIRMED -> pending.confirm(DUE, NOW).order();
            case REJECTED -> pending.reject("no stock", List.of(), NOW).order();
            case CANCELLED -> pending.cancel("CUSTOMER", null, NOW).order();
            case PAID ->
                in(OrderStatus.CONFIRMED)
                        .pay("BANK_TRANSFER", "VCB-1", "btc-1", NOW)
                        .order();
            case FULFILLED -> in(OrderStatus.PAID).fulfil("btc-1", NOW).order();
            case EXPIRED -> in(OrderStatus.CONFIRMED).expire(DUE).order();
        };
    }

    @Test
    void placesAPendingOrderThatAsksCatalogForItsStock() {
        Order.Change placed = Order.place(
                new Order.Placing(
                        "o-2",
                        "khach-2",
                        null,
                        pending().lines(),
                        new Order.Totals(240_000, 24_000, null, null, 0, 216_000),
                        new OrderPlaced.Fulfilment("DELIVERY", null, null),
                        null,
                        "BANK_TRANSFER",
                        null,
                        List.of()),
                PLACED_AT);

        assertThat(placed.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(placed.order().placeAttempts()).isEqualTo(1);
        assertThat(placed.step().step()).isEqualTo("PLACED");
        assertThat(placed.event()).isInstanceOfSatisfying(OrderPlaced.class, e -> {
            assertThat(e.orderId()).isEqualTo("o-2");
            assertThat(e.totalVnd()).isEqualTo(216_000);
            assertThat(e.occurredAt()).isEqualTo(PLACED_AT);
        });
    }

    @Test
    void confirmsAPendingOrder() {
        Order.Change confirmed = pending().confirm(DUE, NOW);

        assertThat(confirmed.order().status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.order().confirmedAt()).isEqualTo(NOW);
        assertThat(confirmed.order().paymentDueAt()).isEqualTo(DUE);
        assertThat(confirmed.step().step()).isEqualTo("CONFIRMED");
        assertThat(confirmed.order().timeline()).extracting(Order.Step::step).containsExactly("PLACED", "CONFIRMED");
        assertThat(confirmed.event())
                .isEqualTo(new OrderConfirmed("o-1", "khach-1", "hoi-cho-ha-noi", 216_000, DUE, NOW));
    }

    @ParameterizedTest(name = "refuses to confirm a {0} order")
    @EnumSource(names = {"CONFIRMED", "PAID", "FULFILLED", "REJECTED", "CANCELLED", "EXPIRED"})
    void refusesToConfirmAnOrderThatIsNoLongerPending(OrderStatus status) {
        assertThatThrownBy(() -> in(status).confirm(DUE, NOW))
                .isInstanceOf(OrderStateConflict.class)
                .hasMessage("Order o-1 is " + status + ": it cannot be confirmed");
    }

    @Test
    void rejectsAPendingOrderWithCatalogsReasonPerLine() {
        List<Order.RejectedLine> refused = List.of(new Order.RejectedLine("che-thai-nguyen", "OUT_OF_STOCK", 1));

        Order.Change rejected = pending().reject("Không đủ hàng", refused, NOW);

        assertThat(rejected.order().status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.order().reason()).isEqualTo("Không đủ hàng");
        assertThat(rejected.order().rejectedLines()).isEqualTo(refused);
        assertThat(rejected.order().released()).isTrue();
        assertThat(rejected.event())
                .isInstanceOfSatisfying(
                        OrderRejected.class,
                        e -> assertThat(e.lines())
                                .containsExactly(new OrderRejected.Line("che-thai-nguyen", "OUT_OF_STOCK", 1)));
    }

    @ParameterizedTest(name = "refuses to reject a {0} order")
    @EnumSource(names = {"CONFIRMED", "PAID", "FULFILLED", "REJECTED", "CANCELLED", "EXPIRED"})
    void refusesToRejectAnOrderCatalogAlreadyAnsweredOrThatEnded(OrderStatus status) {
        assertThatThrownBy(() -> in(status).reject("late", List.of(), NOW))
                .isInstanceOf(OrderStateConflict.class)
                .hasMessageContaining("cannot be rejected");
    }

    @Test
    void paysAConfirmedOrderWithTheMethodAndReferenceGiven() {
        Order.Change paid = in(OrderStatus.CONFIRMED).pay("BANK_TRANSFER", "VCB-123", "btc-1", NOW);

        assertThat(paid.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.order().paidAt()).isEqualTo(NOW);
        assertThat(paid.order().paymentMethod()).isEqualTo("BANK_TRANSFER");
        assertThat(paid.order().paymentReference()).isEqualTo("VCB-123");
        assertThat(paid.step().note()).isEqualTo("BANK_TRANSFER confirmed by btc-1");
        assertThat(paid.event())
                .isEqualTo(new OrderPaid(
                        "o-1", "khach-1", "hoi-cho-ha-noi", "BANK_TRANSFER", 216_000, "VCB-123", "btc-1", NOW));
    }

    @Test
    void refusesToPayACancelledOrder() {
        assertThatThrownBy(() -> in(OrderStatus.CANCELLED).pay("CASH_ON_PICKUP", null, "btc-1", NOW))
                .isInstanceOf(OrderStateConflict.class)
                .hasMessage("Order o-1 is CANCELLED: it cannot be paid");
    }

    @ParameterizedTest(name = "refuses to pay a {0} order")
    @EnumSource(names = {"PENDING", "PAID", "FULFILLED", "REJECTED", "CANCELLED", "EXPIRED"})
    void refusesToPayAnOrderThatIsNotConfirmed(OrderStatus status) {
        assertThatThrownBy(() -> in(status).pay("CASH_ON_PICKUP", null, "btc-1", NOW))
                .isInstanceOf(OrderStateConflict.class)
                .hasMessageContaining("cannot be paid");
    }

    @Test
    void fulfilsAPaidOrder() {
        Order.Change fulfilled = in(OrderStatus.PAID).fulfil("btc-2", NOW);

        assertThat(fulfilled.order().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(fulfilled.order().fulfilledAt()).isEqualTo(NOW);
        assertThat(fulfilled.order().paymentReference()).isEqualTo("VCB-1");
        assertThat(fulfilled.step().note()).isEqualTo("Handed over, confirmed by btc-2");
        assertThat(fulfilled.event()).isEqualTo(new OrderFulfilled("o-1", "khach-1", "hoi-cho-ha-noi", NOW));
    }

    @ParameterizedTest(name = "refuses to fulfil a {0} order")
    @EnumSource(names = {"PENDING", "CONFIRMED", "FULFILLED", "REJECTED", "CANCELLED", "EXPIRED"})
    void refusesToFulfilAnOrderThatIsNotPaid(OrderStatus status) {
        assertThatThrownBy(() -> in(status).fulfil("btc-1", NOW))
                .isInstanceOf(OrderStateConflict.class)
                .hasMessageContaining("cannot be fulfilled");
    }

    @ParameterizedTest(name = "cancels a {0} order")
    @EnumSource(names = {"PENDING", "CONFIRMED", "PAID"})
    void cancelsAnOrderBeforeItIsFulfilled(OrderStatus status) {
        Order.Change cancelled = in(status).cancel("ORGANISER", "Gian hàng đóng cửa", NOW);

        assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.order().cancelledBy()).isEqualTo("ORGANISER");
        assertThat(cancelled.order().reason()).isEqualTo("Gian hàng đóng cửa");
        assertThat(cancelled.order().released()).isTrue();
        assertThat(cancelled.step().note()).isEqualTo("Gian hàng đóng cửa (ORGANISER)");
        assertThat(cancelled.event())
                .isEqualTo(
                        new OrderCancelled("o-1", "khach-1", "hoi-cho-ha-noi", "ORGANISER", "Gian hàng đóng cửa", NOW));
    }

    @Test
    void cancelsWithoutAReasonNamingTheRoleThatCancelled() {
        Order.Change cancelled = pending().cancel("CUSTOMER", " ", NOW);

        assertThat(cancelled.order().reason()).isEqualTo("Cancelled by CUSTOMER");
        assertThat(cancelled.event()).isInstanceOfSatisfying(OrderCancelled.class, e -> {
            assertThat(e.cancelledBy()).isEqualTo("CUSTOMER");
            assertThat(e.reason()).isEqualTo("Cancelled by CUSTOMER");
        });
    }

    @ParameterizedTest(name = "refuses to cancel a {0} order")
    @EnumSource(names = {"FULFILLED", "REJECTED", "CANCELLED", "EXPIRED"})
    void refusesToCancelAnOrderThatIsFulfilledOrEnded(OrderStatus status) {
        assertThatThrownBy(() -> in(status).cancel("OPERATOR", null, NOW))
                .isInstanceOf(OrderStateConflict.class)
                .hasMessageContaining("cannot be cancelled");
    }

    @Test
    void expiresAConfirmedOrderNotPaidInTime() {
        Order.Change expired = in(OrderStatus.CONFIRMED).expire(DUE.plusSeconds(1));

        assertThat(expired.order().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(expired.order().reason()).isEqualTo("Not paid by " + DUE);
        assertThat(expired.order().released()).isTrue();
        assertThat(expired.event())
                .isEqualTo(new OrderExpired("o-1", "khach-1", "hoi-cho-ha-noi", DUE, DUE.plusSeconds(1)));
    }

    @ParameterizedTest(name = "refuses to expire a {0} order")
    @EnumSource(names = {"PENDING", "PAID", "FULFILLED", "REJECTED", "CANCELLED", "EXPIRED"})
    void refusesToExpireAnOrderThatIsNotWaitingForPayment(OrderStatus status) {
        assertThatThrownBy(() -> in(status).expire(NOW))
                .isInstanceOf(OrderStateConflict.class)
                .hasMessageContaining("cannot be expired");
    }

    @Test
    void placesAPendingOrderAgainCountingTheAttempt() {
        Order.Change again = pending().placeAgain(NOW);

        assertThat(again.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(again.order().placeAttempts()).isEqualTo(2);
        assertThat(again.step().note()).endsWith("(attempt 2)");
        assertThat(again.event()).isEqualTo(pending().placedEvent());
    }

    @ParameterizedTest(name = "refuses to place a {0} order again")
    @EnumSource(names = {"CONFIRMED", "PAID", "FULFILLED", "REJECTED", "CANCELLED", "EXPIRED"})
    void refusesToPlaceAnOrderAgainOnceCatalogAnswered(OrderStatus status) {
        assertThatThrownBy(() -> in(status).placeAgain(NOW)).isInstanceOf(OrderStateConflict.class);
    }

    @Test
    void keepsWhatEachStepRecordedAlongTheWay() {
        Order fulfilled = in(OrderStatus.FULFILLED);

        assertThat(fulfilled.confirmedAt()).isEqualTo(NOW);
        assertThat(fulfilled.paymentDueAt()).isEqualTo(DUE);
        assertThat(fulfilled.paidAt()).isEqualTo(NOW);
        assertThat(fulfilled.paymentReference()).isEqualTo("VCB-1");
        assertThat(fulfilled.released()).isFalse();
        assertThat(fulfilled.timeline())
                .extracting(Order.Step::step)
                .containsExactly("PLACED", "CONFIRMED", "PAID", "FULFILLED");
    }
}
