package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/** The customer received the goods (picked up at the booth or delivered): the reserved stock is sold. */
public record OrderFulfilled(String orderId, String customerId, Instant occurredAt) implements OrderEvent {}
