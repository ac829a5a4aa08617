package vn.ocop.fair.order.payment;

import java.time.Duration;
import java.time.Instant;

/**
 * A way to pay for an order: the port a payment provider plugs into (a bean of this type is all it
 * takes; its payments are confirmed through {@code POST /api/orders/{id}/payment} or a provider's
 * callback calling the same use case).
 */
public interface PaymentMethod {

    /** CASH_ON_PICKUP, BANK_TRANSFER, or a provider's name. */
    String name();

    /** Whether the method fits the fulfilment (PICKUP or DELIVERY). */
    boolean suits(String fulfilmentMethod);

    /**
     * When a confirmed order must be paid by, or it expires.
     *
     * @param fairEndsAt when the order's fair closes, or null
     */
    Instant dueAt(Instant confirmedAt, Instant fairEndsAt, Duration dueAfter);
}
