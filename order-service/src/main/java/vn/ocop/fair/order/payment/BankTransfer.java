package vn.ocop.fair.order.payment;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A bank transfer an organiser or operator confirms: due a configured time after confirmation. */
@Component
class BankTransfer implements PaymentMethod {

    @Override
    public String name() {
        return "BANK_TRANSFER";
    }

    @Override
    public boolean suits(String fulfilmentMethod) {
        return true;
    }

    @Override
    public Instant dueAt(Instant confirmedAt, Instant fairEndsAt, Duration dueAfter) {
        return confirmedAt.plus(dueAfter);
    }
}
