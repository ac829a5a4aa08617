package vn.ocop.fair.order.ordering.placing;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.OrderMetrics;
import vn.ocop.fair.order.ordering.OrderStateConflict;
import vn.ocop.fair.order.ordering.OrderStatus;
import vn.ocop.fair.order.ordering.Orders;

/**
 * Places an order once per (customer, Idempotency-Key): the request that wins the key prices and
 * creates the order; a repeat, even one racing the first, gets the same order; the same key with a
 * different body is refused.
 */
@Service
class OrderPlacement {

    static final int MAX_KEY_LENGTH = 100;

    private final IdempotencyKeys keys;
    private final Orders orders;
    private final OrderTaking taking;
    private final OrderMetrics metrics;
    private final Duration wait;

    OrderPlacement(
            IdempotencyKeys keys, Orders orders, OrderTaking taking, OrderMetrics metrics, OrderProperties properties) {
        this.keys = keys;
        this.orders = orders;
        this.taking = taking;
        this.metrics = metrics;
        this.wait = properties.ordering().idempotencyWait();
    }

    record Placement(Order order, boolean replay) {}

    Placement place(String customer, String key, OrderRequest request) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidIdempotencyKey(
                    "POST /api/orders needs an Idempotency-Key header of 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = keys.hash(request);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            String orderId = UUID.randomUUID().toString();
            Optional<IdempotencyKeys.Claim> earlier = keys.claim(customer, key, hash, orderId);
            if (earlier.isEmpty()) {
                try {
                    return new Placement(taking.take(orderId, customer, request), false);
                } catch (RuntimeException e) {
                    keys.forget(customer, key); // refused or failed: nothing was created under the key
                    throw e;
                }
            }
            if (!earlier.get().requestHash().equals(hash)) {
                throw new IdempotencyKeyReused(key);
            }
            Optional<Order> existing = awaitOrder(customer, key, earlier.get().orderId(), deadline);
            if (existing.isPresent()) {
                metrics.replayed();
                return new Placement(existing.get(), true);
            }
            if (System.nanoTime() > deadline) {
                throw new OrderStateConflict(earlier.get().orderId(), OrderStatus.PENDING, "answered yet, try again");
            }
            // the first request was refused and gave the key up: try to win it now
        }
    }

    /** The order the key's winner creates, once it exists; empty if the winner gave the key up. */
    private Optional<Order> awaitOrder(String customer, String key, String orderId, long deadline) {
        while (System.nanoTime() < deadline) {
            Optional<Order> order = orders.find(orderId);
            if (order.isPresent()) {
                return order;
            }
            Optional<IdempotencyKeys.Claim> claim = keys.find(customer, key);
            if (claim.isEmpty() || !claim.get().orderId().equals(orderId)) {
                return Optional.empty();
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return Optional.empty();
    }
}
