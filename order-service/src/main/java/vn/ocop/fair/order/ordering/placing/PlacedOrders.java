package vn.ocop.fair.order.ordering.placing;

import org.springframework.stereotype.Component;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderMetrics;
import vn.ocop.fair.order.ordering.OrderOutbox;
import vn.ocop.fair.order.ordering.Orders;
import vn.ocop.fair.order.ordering.lifecycle.AwaitingCatalog;

/**
 * The insert of a new order: PENDING with its OrderPlaced in its outbox (one write), kept for the
 * saga's reply before the relay is woken to publish it, and counted.
 */
@Component
class PlacedOrders {

    private final Orders orders;
    private final AwaitingCatalog awaiting;
    private final OrderOutbox outbox;
    private final OrderMetrics metrics;

    PlacedOrders(Orders orders, AwaitingCatalog awaiting, OrderOutbox outbox, OrderMetrics metrics) {
        this.orders = orders;
        this.awaiting = awaiting;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    Order add(Order.Change placed) {
        Order order = placed.order();
        orders.insert(placed);
        awaiting.placed(order);
        outbox.written(order.id());
        metrics.outcome(order, "placed");
        return order;
    }
}
