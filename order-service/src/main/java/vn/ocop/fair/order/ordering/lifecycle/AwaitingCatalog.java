package vn.ocop.fair.order.ordering.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.ordering.Order;

/**
 * What the saga needs to answer catalog about the orders this instance placed, kept in memory from
 * the insert until catalog's reply: the reply then costs one conditional update instead of a read
 * and an update. The order is kept as placed: what the saga reads of it (customer, fair, total,
 * payment and fulfilment method, the fair's closing time) does not change while it is PENDING, and
 * whether it still is PENDING is left to the update's filter. A reply for an order placed elsewhere, or
 * evicted (at most {@value #CAPACITY}, oldest out first), reads the order.
 */
@Component
class AwaitingCatalog {

    static final int CAPACITY = 10_000;

    private final Map<String, Order> orders = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void placed(Order order) {
        orders.put(order.id(), order);
    }

    /** The order as placed, forgotten now: catalog answers an order once (a repeat reads the order). */
    synchronized Optional<Order> answered(String orderId) {
        return Optional.ofNullable(orders.remove(orderId));
    }
}
