package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/**
 * The order was not paid in time; any stock it holds goes back on sale.
 *
 * @param paymentDueAt when payment was due
 */
public record OrderExpired(String orderId, String customerId, Instant paymentDueAt, Instant occurredAt)
        implements OrderEvent {}
