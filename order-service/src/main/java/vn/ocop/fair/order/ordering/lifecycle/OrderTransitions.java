package vn.ocop.fair.order.ordering.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderAllowances;
import vn.ocop.fair.order.ordering.OrderMetrics;
import vn.ocop.fair.order.ordering.OrderOutbox;
import vn.ocop.fair.order.ordering.Orders;

/**
 * Stores an order's transitions: the insert of a placed order, then the conditional updates of
 * {@link Orders}. The one caller whose write won wakes the relay for the order's new event, gives
 * back what an order that does not go ahead took, and counts the outcome; an update that lost (the
 * order moved meanwhile) does none of it.
 */
@Component
public class OrderTransitions {

    private final Orders orders;
    private final AwaitingCatalog awaiting;
    private final OrderOutbox outbox;
    private final OrderAllowances allowances;
    private final OrderMetrics metrics;

    OrderTransitions(
            Orders orders,
            AwaitingCatalog awaiting,
            OrderOutbox outbox,
            OrderAllowances allowances,
            OrderMetrics metrics) {
        this.orders = orders;
        this.awaiting = awaiting;
        this.outbox = outbox;
        this.allowances = allowances;
        this.metrics = metrics;
    }

    /**
     * A new order: PENDING with its OrderPlaced in its outbox (one write), kept for the saga's reply
     * before the relay is woken to publish it.
     */
    public Order placed(Order.Change placed) {
        Order order = placed.order();
        orders.insert(placed);
        awaiting.placed(order);
        outbox.written(order.id());
        metrics.outcome(order, "placed");
        return order;
    }

    /** A step the order goes on after (paid, fulfilled); empty if the update lost. */
    Optional<Order> store(Order.Change change, String outcome) {
        Optional<Order> after = orders.save(change);
        after.ifPresent(order -> {
            outbox.written(order.id());
            metrics.outcome(order, outcome);
        });
        return after;
    }

    /** A step the order ends on without going ahead (cancelled, expired, rejected); empty if the update lost. */
    Optional<Order> end(Order.Change change, String outcome) {
        Optional<Order> after = orders.save(change);
        after.ifPresent(order -> {
            outbox.written(order.id());
            allowances.giveBack(order);
            metrics.outcome(order, outcome);
        });
        return after;
    }

    /** PENDING → CONFIRMED for several orders in one bulk write; each confirmed one is counted. */
    void confirmAll(List<Order.Change> confirmations, Instant now) {
        for (Order confirmed : orders.saveAll(confirmations)) {
            outbox.written(confirmed.id());
            metrics.confirmed(confirmed, Duration.between(confirmed.placedAt(), now));
        }
    }

    /** OrderPlaced once more for an order still PENDING. */
    void placeAgain(Order order, Order.Change again) {
        if (orders.savePlacedAgain(order, again)) {
            outbox.written(order.id());
        }
    }
}
