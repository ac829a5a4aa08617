package vn.ocop.fair.order.ordering.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.Orders;

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
    private final AwaitingCatalog awaiting;
    private final OrderTransitions transitions;
    private final PaymentDue paymentDue;
    private final Clock clock;
    private final OrderProperties.Ordering rules;

    OrderSaga(
            Orders orders,
            AwaitingCatalog awaiting,
            OrderTransitions transitions,
            PaymentDue paymentDue,
            Clock clock,
            OrderProperties properties) {
        this.orders = orders;
        this.awaiting = awaiting;
        this.transitions = transitions;
        this.paymentDue = paymentDue;
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
                .map(order -> order.confirm(paymentDue.of(order, now), now))
                .toList();
        if (confirmations.isEmpty()) {
            return;
        }
        transitions.confirmAll(confirmations, now);
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

    /** PENDING → REJECTED, if the order still is PENDING: the update's filter decides. */
    void stockRefused(String orderId, List<Order.RejectedLine> lines) {
        String reason = "Không đủ hàng — catalog could not reserve: "
                + lines.stream()
                        .map(l -> l.productId() + " " + l.reason() + " (" + l.available() + " available)")
                        .collect(Collectors.joining(", "));
        pending(List.of(orderId), "StockReservationRejected")
                .forEach(order -> transitions.end(order.reject(reason, lines, clock.instant()), "rejected"));
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
                transitions.placeAgain(order, order.placeAgain(now));
            } else {
                awaiting.answered(order.id());
                String reason =
                        "Catalog did not answer after " + order.placeAttempts() + " attempts; please order again";
                transitions.end(order.reject(reason, List.of(), clock.instant()), "rejected");
            }
            handled++;
        }
        return handled;
    }
}
