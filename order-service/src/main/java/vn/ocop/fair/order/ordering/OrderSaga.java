package vn.ocop.fair.order.ordering;

import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.fair.Fair;
import vn.ocop.fair.order.fair.Fairs;
import vn.ocop.fair.order.ordering.events.OrderConfirmed;
import vn.ocop.fair.order.ordering.events.OrderRejected;
import vn.ocop.fair.order.payment.Payments;

/**
 * The order's side of the saga with catalog: StockReserved confirms a PENDING order,
 * StockReservationRejected rejects it; anything arriving late, twice or out of order finds the
 * order in another state and changes nothing. A PENDING order nobody answered gets its OrderPlaced
 * published again, and after the last attempt is rejected.
 */
@Service
class OrderSaga {

    private static final Logger log = LoggerFactory.getLogger(OrderSaga.class);

    private final Orders orders;
    private final Fairs fairs;
    private final Payments payments;
    private final OrderOutbox outbox;
    private final AwaitingCatalog awaiting;
    private final OrderAllowances allowances;
    private final OrderMetrics metrics;
    private final Clock clock;
    private final OrderProperties.Ordering rules;

    OrderSaga(
            Orders orders,
            Fairs fairs,
            Payments payments,
            OrderOutbox outbox,
            AwaitingCatalog awaiting,
            OrderAllowances allowances,
            OrderMetrics metrics,
            Clock clock,
            OrderProperties properties) {
        this.orders = orders;
        this.fairs = fairs;
        this.payments = payments;
        this.outbox = outbox;
        this.awaiting = awaiting;
        this.allowances = allowances;
        this.metrics = metrics;
        this.clock = clock;
        this.rules = properties.ordering();
    }

    void stockReserved(String orderId) {
        Optional<AwaitingCatalog.Facts> found = factsOfPending(orderId, "StockReserved");
        if (found.isEmpty()) {
            return;
        }
        AwaitingCatalog.Facts order = found.get();
        Instant now = clock.instant();
        Instant dueAt = payments.find(order.paymentMethod())
                .orElseGet(() -> payments.defaultFor(order.fulfilmentMethod()))
                .dueAt(now, fairEndsAt(order), rules.paymentDueAfter());
        OrderConfirmed event =
                new OrderConfirmed(order.orderId(), order.customerId(), order.fairId(), order.totalVnd(), dueAt, now);
        orders.confirm(
                        orderId,
                        now,
                        dueAt,
                        new Order.Step("CONFIRMED", now, "Catalog reserved the stock; payment due by " + dueAt),
                        outbox.entry(event))
                .ifPresent(confirmed -> {
                    outbox.written(orderId);
                    metrics.confirmed(confirmed, Duration.between(confirmed.placedAt(), now));
                });
    }

    /**
     * The facts of an order catalog answered: kept since this instance placed it, else read (and
     * nothing if the order is no longer PENDING: a late or repeated reply).
     */
    private Optional<AwaitingCatalog.Facts> factsOfPending(String orderId, String reply) {
        Optional<AwaitingCatalog.Facts> kept = awaiting.answered(orderId);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<Order> found = orders.find(orderId);
        if (found.isEmpty() || found.get().status() != OrderStatus.PENDING) {
            log.debug("{} for order {} ignored: {}", reply, orderId, found.map(Order::status));
            return Optional.empty();
        }
        return found.map(AwaitingCatalog.Facts::of);
    }

    /** As known at placement; orders stored before that was kept ask the fair read model. */
    private Instant fairEndsAt(AwaitingCatalog.Facts order) {
        if (order.fairEndsAt() != null || order.fairId() == null) {
            return order.fairEndsAt();
        }
        return fairs.find(order.fairId()).map(Fair::endsAt).orElse(null);
    }

    void stockRefused(String orderId, List<Order.RejectedLine> lines) {
        String reason = "Không đủ hàng — catalog could not reserve: "
                + lines.stream()
                        .map(l -> l.productId() + " " + l.reason() + " (" + l.available() + " available)")
                        .collect(Collectors.joining(", "));
        factsOfPending(orderId, "StockReservationRejected").ifPresent(order -> reject(order, reason, lines));
    }

    /** StockReleased / StockCommitted: noted on the timeline once. */
    void noted(String orderId, String step, String note) {
        orders.noteOnce(orderId, new Order.Step(step, clock.instant(), note));
    }

    /** Publishes OrderPlaced again for orders PENDING too long, or rejects them after the last attempt. */
    int reconcilePending(int limit) {
        Instant now = clock.instant();
        int handled = 0;
        for (Order order : orders.pendingSince(now.minus(rules.pendingTimeout()), limit)) {
            if (order.placeAttempts() < rules.maxPlaceAttempts()) {
                if (orders.republish(
                        order.id(),
                        order.placeAttempts(),
                        new Order.Step(
                                "PLACED_AGAIN",
                                now,
                                "No answer from catalog yet: OrderPlaced published again (attempt "
                                        + (order.placeAttempts() + 1) + ")"),
                        outbox.entry(order.placedEvent()))) {
                    outbox.written(order.id());
                }
            } else {
                awaiting.answered(order.id());
                reject(
                        AwaitingCatalog.Facts.of(order),
                        "Catalog did not answer after " + order.placeAttempts() + " attempts; please order again",
                        List.of());
            }
            handled++;
        }
        return handled;
    }

    /** PENDING → REJECTED, if the order still is PENDING: the update's filter decides. */
    private void reject(AwaitingCatalog.Facts order, String reason, List<Order.RejectedLine> lines) {
        String orderId = order.orderId();
        Instant now = clock.instant();
        OrderRejected event = new OrderRejected(
                orderId,
                order.customerId(),
                order.fairId(),
                reason,
                lines.stream()
                        .map(l -> new OrderRejected.Line(l.productId(), l.reason(), (int) l.available()))
                        .toList(),
                now);
        orders.transition(
                        orderId,
                        OrderStatus.REJECTED,
                        Updates.combine(
                                Updates.set("reason", reason),
                                Updates.set(
                                        "rejectedLines",
                                        lines.stream()
                                                .map(OrderDocuments::rejectedLine)
                                                .toList())),
                        new Order.Step("REJECTED", now, reason),
                        outbox.entry(event))
                .ifPresent(rejected -> {
                    outbox.written(orderId);
                    allowances.giveBack(rejected);
                    metrics.outcome(rejected, "rejected");
                });
    }
}
