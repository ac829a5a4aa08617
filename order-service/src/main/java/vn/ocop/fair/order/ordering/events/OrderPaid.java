package vn.ocop.fair.order.ordering.events;

import java.time.Instant;

/**
 * The order's payment was confirmed.
 *
 * @param method CASH_ON_PICKUP or BANK_TRANSFER (or a provider's name)
 * @param reference the bank's or provider's reference, or null for cash
 * @param confirmedBy who confirmed it: an organiser's or operator's user name, or the provider
 */
public record OrderPaid(
        String orderId,
        String customerId,
        String fairId,
        String method,
        long amountVnd,
        String reference,
        String confirmedBy,
        Instant occurredAt)
        implements OrderEvent {}
