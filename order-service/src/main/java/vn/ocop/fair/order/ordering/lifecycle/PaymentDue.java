package vn.ocop.fair.order.ordering.lifecycle;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.fair.Fair;
import vn.ocop.fair.order.fair.Fairs;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.payment.Payments;

/**
 * When a confirmed order must be paid by: as its payment method says (the default for its
 * fulfilment if that method is no longer known), from the confirmation and its fair's closing time.
 */
@Component
class PaymentDue {

    private final Payments payments;
    private final Fairs fairs;
    private final Duration dueAfter;

    PaymentDue(Payments payments, Fairs fairs, OrderProperties properties) {
        this.payments = payments;
        this.fairs = fairs;
        this.dueAfter = properties.ordering().paymentDueAfter();
    }

    Instant of(Order order, Instant confirmedAt) {
        return payments.find(order.paymentMethod())
                .orElseGet(() -> payments.defaultFor(order.fulfilment().method()))
                .dueAt(confirmedAt, fairEndsAt(order), dueAfter);
    }

    /** As known at placement; orders stored before that was kept ask the fair read model. */
    private Instant fairEndsAt(Order order) {
        if (order.fairEndsAt() != null || order.fairId() == null) {
            return order.fairEndsAt();
        }
        return fairs.find(order.fairId()).map(Fair::endsAt).orElse(null);
    }
}
