package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/**
 * The order cannot go ahead (e.g. catalog could not reserve its stock).
 *
 * @param reason why, in words for people
 */
public record OrderRejected(String orderId, String customerId, String reason, Instant occurredAt)
        implements OrderEvent {}
