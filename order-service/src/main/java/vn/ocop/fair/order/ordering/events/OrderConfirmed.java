package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/**
 * Catalog reserved every line: the order is confirmed and waits for payment.
 *
 * @param paymentDueAt when an unpaid order expires
 */
public record OrderConfirmed(
        String orderId, String customerId, String fairId, long totalVnd, Instant paymentDueAt, Instant occurredAt)
        implements OrderEvent {}
