package vn.ocop.fair.order.ordering.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.fair.Fair;
import vn.ocop.fair.order.fair.Fairs;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderMetrics;
import vn.ocop.fair.order.ordering.OrderOutbox;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.Orders;
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
        stockReserved(List.of(orderId));
    }

    /**
     * StockReserved for several orders (a batch of the topic): the PENDING ones are confirmed in
     * one bulk write (orders this instance placed are known without a read; the others are read
     * together).
     */
    void stockReserved(List<String> orderIds) {
        Instant now = clock.instant();
        List<Order.Change> confirmations = pending(orderIds, "StockReserved").stream()
                .map(order -> order.confirm(
                        payments.find(order.paymentMethod())
                                .orElseGet(() ->
                                        payments.defaultFor(order.fulfilment().method()))
                                .dueAt(now, fairEndsAt(order), rules.paymentDueAfter()),
                        now))
                .toList();
        if (confirmations.isEmpty()) {
            return;
        }
        for (Order confirmed : orders.saveAll(confirmations)) {
            outbox.written(confirmed.id());
            metrics.confirmed(confirmed, Duration.between(confirmed.placedAt(), now));
        }
    }

    /**
     * The orders catalog answered, as this instance placed them, else read in one read (and
     * nothing for an order no longer PENDING: a late or repeated reply). A kept order may be behind
     * the stored one (a republication since), never in its state: whether it still is PENDING is
     * left to the update's filter.
     */
    private List<Order> pending(List<String> orderIds, String reply) {
        List<Order> pending = new ArrayList<>();
        List<String> placedElsewhere = new ArrayList<>();
        for (String id : orderIds) {
            awaiting.answered(id).ifPresentOrElse(pending::add, () -> placedElsewhere.add(id));
        }
        if (!placedElsewhere.isEmpty()) {
            for (Order found : orders.findAll(placedElsewhere)) {
                if (found.status() == OrderStatus.PENDING) {
                    pending.add(found);
                } else {
                    log.debug("{} for order {} ignored: {}", reply, found.id(), found.status());
                }
            }
        }
        return pending;
    }

    /** As known at placement; orders stored before that was kept ask the fair read model. */
    private Instant fairEndsAt(Order order) {
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
        pending(List.of(orderId), "StockReservationRejected").forEach(order -> reject(order, reason, lines));
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
            if (order.status() != OrderStatus.PENDING) {
                continue; // the marker is removed with the state; not reached
            }
            if (order.placeAttempts() < rules.maxPlaceAttempts()) {
                if (orders.savePlacedAgain(order, order.placeAgain(now))) {
                    outbox.written(order.id());
                }
            } else {
                awaiting.answered(order.id());
                reject(
                        order,
                        "Catalog did not answer after " + order.placeAttempts() + " attempts; please order again",
                        List.of());
            }
            handled++;
        }
        return handled;
    }

    /** PENDING → REJECTED, if the order still is PENDING: the update's filter decides. */
    private void reject(Order order, String reason, List<Order.RejectedLine> lines) {
        orders.save(order.reject(reason, lines, clock.instant())).ifPresent(rejected -> {
            outbox.written(order.id());
            allowances.giveBack(rejected);
            metrics.outcome(rejected, "rejected");
        });
    }
}
