package vn.ocop.fair.order.payment;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Paid in cash at the booth when the goods are picked up: due when the fair closes. */
@Component
class CashOnPickup implements PaymentMethod {

    @Override
    public String name() {
        return "CASH_ON_PICKUP";
    }

    @Override
    public boolean suits(String fulfilmentMethod) {
        return "PICKUP".equals(fulfilmentMethod);
    }

    @Override
    public Instant dueAt(Instant confirmedAt, Instant fairEndsAt, Duration dueAfter) {
        Instant soonest = confirmedAt.plus(dueAfter);
        return fairEndsAt != null && fairEndsAt.isAfter(soonest) ? fairEndsAt : soonest;
    }
}
