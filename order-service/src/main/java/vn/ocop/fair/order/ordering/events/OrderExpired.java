package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/**
 * The order was not paid in time; its stock goes back.
 *
 * @param paymentDueAt the deadline it missed
 */
public record OrderExpired(String orderId, String customerId, String fairId, Instant paymentDueAt, Instant occurredAt)
        implements OrderEvent {}
