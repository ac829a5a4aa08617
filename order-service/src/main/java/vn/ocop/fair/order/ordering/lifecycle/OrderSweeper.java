package vn.ocop.fair.order.ordering.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code ocop.order.ordering.sweep-interval}: expires confirmed orders unpaid past their due
 * time, and reconciles orders PENDING past the time-out. A sweeper rather than a TTL index: each
 * expiry is a transition with its event. Public for the tests that sweep at a time of their choosing.
 */
@Component
public class OrderSweeper {

    private static final Logger log = LoggerFactory.getLogger(OrderSweeper.class);
    static final int BATCH = 200;

    private final OrderLifecycle lifecycle;
    private final OrderSaga saga;

    OrderSweeper(OrderLifecycle lifecycle, OrderSaga saga) {
        this.lifecycle = lifecycle;
        this.saga = saga;
    }

    @Scheduled(
            fixedDelayString = "${ocop.order.ordering.sweep-interval}",
            initialDelayString = "${ocop.order.ordering.sweep-interval}")
    public void sweep() {
        try {
            int expired = lifecycle.expireOverdue(BATCH);
            int reconciled = saga.reconcilePending(BATCH);
            if (expired + reconciled > 0) {
                log.info("Order sweep: {} expired, {} pending reconciled", expired, reconciled);
            }
        } catch (RuntimeException e) {
            log.warn("Order sweep failed; retrying at the next one: {}", e.toString());
        }
    }
}
