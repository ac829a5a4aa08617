package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/**
 * The order was cancelled before it was fulfilled; its stock goes back.
 *
 * @param cancelledBy CUSTOMER, ORGANISER or OPERATOR
 * @param reason why, in words for people
 */
public record OrderCancelled(
        String orderId, String customerId, String fairId, String cancelledBy, String reason, Instant occurredAt)
        implements OrderEvent {}
