package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/**
 * An event of one order's life, on {@code ocop.orders.v1} keyed by order id so that one order's
 * events stay in order.
 */
public sealed interface OrderEvent
        permits OrderPlaced, OrderConfirmed, OrderRejected, OrderCancelled, OrderExpired, OrderPaid, OrderFulfilled {

    String TOPIC = "ocop.orders.v1";

    String orderId();

    Instant occurredAt();

    /** The CloudEvents type: {@code vn.ocop.fair.order.<EventName>.v1}. */
    default String cloudEventType() {
        return "vn.ocop.fair.order." + getClass().getSimpleName() + ".v1";
    }
}
