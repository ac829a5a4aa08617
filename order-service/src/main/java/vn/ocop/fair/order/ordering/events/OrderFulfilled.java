package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/** The customer has the goods (picked up at the booth or delivered); catalog commits the stock. */
public record OrderFulfilled(String orderId, String customerId, String fairId, Instant occurredAt)
        implements OrderEvent {}
