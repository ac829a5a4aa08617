package vn.ocop.fair.order.ordering.placing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.fair.Fair;
import vn.ocop.fair.order.fair.Fairs;
import vn.ocop.fair.order.ordering.OrderRefused;
import vn.ocop.fair.order.ordering.events.OrderPlaced;
import vn.ocop.fair.order.payment.PaymentMethod;
import vn.ocop.fair.order.payment.Payments;
import vn.ocop.fair.order.pricing.Pricing;

/**
 * Checks a request against the ordering rules and the read models, in this order: fulfilment and
 * address, contact, payment method, the fair (read by id), the lines (their products read at
 * once). Anything broken is an {@link OrderRefused} (422).
 */
@Component
class OrderChecks {

    private final Fairs fairs;
    private final Payments payments;
    private final WantedLines lines;
    private final OrderProperties.Ordering rules;

    OrderChecks(Fairs fairs, Payments payments, WantedLines lines, OrderProperties properties) {
        this.fairs = fairs;
        this.payments = payments;
        this.lines = lines;
        this.rules = properties.ordering();
    }

    /**
     * A request that keeps the rules.
     *
     * @param fulfilmentMethod PICKUP or DELIVERY
     * @param fair the fair it is placed at, if any
     * @param address where to deliver; null for a pickup
     */
    record Checked(
            String fulfilmentMethod,
            PaymentMethod payment,
            Optional<Fair> fair,
            List<Pricing.Wanted> wanted,
            OrderPlaced.Address address) {

        String fairId() {
            return fair.map(Fair::fairId).orElse(null);
        }

        boolean isPickup() {
            return "PICKUP".equals(fulfilmentMethod);
        }
    }

    Checked check(OrderRequest request, Instant now) {
        String method = fulfilmentMethod(request);
        OrderRules.checkContact(request.contact().toPlaced());
        PaymentMethod payment = paymentMethod(request, method);
        Optional<Fair> fair = fair(request.fairId(), method, now);
        return new Checked(
                method,
                payment,
                fair,
                lines.of(request.lines()),
                "DELIVERY".equals(method) ? deliveryAddress(request) : null);
    }

    private static String fulfilmentMethod(OrderRequest request) {
        String method = request.fulfilment().method();
        if (!"PICKUP".equals(method) && !"DELIVERY".equals(method)) {
            throw new OrderRefused("invalid-fulfilment", "fulfilment method must be PICKUP or DELIVERY");
        }
        if ("DELIVERY".equals(method)) {
            OrderRules.checkAddress(deliveryAddress(request));
        }
        return method;
    }

    private static OrderPlaced.Address deliveryAddress(OrderRequest request) {
        OrderRequest.Address address = request.fulfilment().address();
        return address == null ? null : address.toPlaced();
    }

    private PaymentMethod paymentMethod(OrderRequest request, String fulfilment) {
        if (request.paymentMethod() == null) {
            return payments.defaultFor(fulfilment);
        }
        PaymentMethod method = payments.find(request.paymentMethod())
                .orElseThrow(() ->
                        new OrderRefused("unknown-payment-method", "no payment method " + request.paymentMethod()));
        if (!method.suits(fulfilment)) {
            throw new OrderRefused("unknown-payment-method", method.name() + " does not fit a " + fulfilment);
        }
        return method;
    }

    private Optional<Fair> fair(String fairId, String method, Instant now) {
        if (fairId == null || fairId.isBlank()) {
            if ("PICKUP".equals(method)) {
                throw new OrderRefused("pickup-needs-a-fair", "pickup at a booth needs the fair the booth is at");
            }
            return Optional.empty();
        }
        Fair fair = fairs.find(fairId)
                .orElseThrow(() -> new OrderRefused("unknown-fair", "order-service knows no fair " + fairId));
        if (!fair.takesOrders()) {
            throw new OrderRefused("fair-not-open", "fair " + fair.name() + " is " + fair.status());
        }
        if ("PICKUP".equals(method) && !fair.takesPickupOrdersAt(now, rules.preOrderWindow())) {
            throw new OrderRefused(
                    "fair-not-open",
                    "fair " + fair.name() + " opens " + fair.startsAt() + ": pickup orders open "
                            + rules.preOrderWindow().toDays() + " days before");
        }
        return Optional.of(fair);
    }
}
