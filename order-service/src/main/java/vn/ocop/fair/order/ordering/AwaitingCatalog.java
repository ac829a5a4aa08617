package vn.ocop.fair.order.ordering;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the saga needs to answer catalog about the orders this instance placed, kept in memory from
 * the insert until catalog's reply: the reply then costs one conditional update instead of a read
 * and an update. Only facts that do not change while an order is PENDING are kept; whether it
 * still is PENDING is left to the update's filter. A reply for an order placed elsewhere, or
 * evicted (at most {@value #CAPACITY}, oldest out first), reads the order.
 */
@Component
class AwaitingCatalog {

    static final int CAPACITY = 10_000;

    /**
     * @param fairEndsAt when the order's fair closes (cash on pickup falls due then), null without a fair
     */
    record Facts(
            String orderId,
            String customerId,
            String fairId,
            long totalVnd,
            String paymentMethod,
            String fulfilmentMethod,
            Instant fairEndsAt) {

        static Facts of(Order order) {
            return new Facts(
                    order.id(),
                    order.customerId(),
                    order.fairId(),
                    order.totalVnd(),
                    order.paymentMethod(),
                    order.fulfilment().method(),
                    order.fairEndsAt());
        }
    }

    private final Map<String, Facts> facts = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Facts> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void placed(Order order) {
        facts.put(order.id(), Facts.of(order));
    }

    /** The order's facts, forgotten now: catalog answers an order once (a repeat reads the order). */
    synchronized Optional<Facts> answered(String orderId) {
        return Optional.ofNullable(facts.remove(orderId));
    }
}
