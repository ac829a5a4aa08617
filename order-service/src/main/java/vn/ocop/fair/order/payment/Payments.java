package vn.ocop.fair.order.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The payment methods the service knows (every {@link PaymentMethod} bean). */
@Component
public class Payments {

    private final List<PaymentMethod> methods;

    Payments(List<PaymentMethod> methods) {
        this.methods = List.copyOf(methods);
    }

    public Optional<PaymentMethod> find(String name) {
        return methods.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Cash for a pickup, a bank transfer for a delivery. */
    public PaymentMethod defaultFor(String fulfilmentMethod) {
        return find("PICKUP".equals(fulfilmentMethod) ? "CASH_ON_PICKUP" : "BANK_TRANSFER")
                .orElseThrow();
    }
}
