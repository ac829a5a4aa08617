package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/**
 * The customer (or an organiser for them) cancelled the order before it was fulfilled; any stock it
 * holds goes back on sale.
 *
 * @param reason why, in words for people
 */
public record OrderCancelled(String orderId, String customerId, String reason, Instant occurredAt)
        implements OrderEvent {}
