package vn.ocop.fair.order.ordering.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.Orders;

/**
 * Orders PENDING past the time-out that catalog has not answered: their OrderPlaced is published
 * again, and after the last attempt they are rejected (if still PENDING: the update's filter
 * decides).
 */
@Component
class UnansweredOrders {

    private final Orders orders;
    private final AwaitingCatalog awaiting;
    private final OrderTransitions transitions;
    private final Clock clock;
    private final OrderProperties.Ordering rules;

    UnansweredOrders(
            Orders orders,
            AwaitingCatalog awaiting,
            OrderTransitions transitions,
            Clock clock,
            OrderProperties properties) {
        this.orders = orders;
        this.awaiting = awaiting;
        this.transitions = transitions;
        this.clock = clock;
        this.rules = properties.ordering();
    }

    /** Publishes OrderPlaced again for orders PENDING too long, or rejects them after the last attempt. */
    int reconcile(int limit) {
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
