package vn.ocop.fair.order.ordering.placing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ocop.fair.order.fair.Fair;
import vn.ocop.fair.order.ordering.Order;
import vn.ocop.fair.order.ordering.lifecycle.OrderTransitions;

/**
 * Takes an order: checks it against the rules and the read models, prices it (taking its
 * flash-deal units and voucher use), picks its booth and stores it PENDING with its OrderPlaced in
 * the outbox. Anything taken is given back if the order is refused.
 */
@Service
class OrderTaking {

    private final OrderChecks checks;
    private final OrderPricing pricing;
    private final PickupBooth booth;
    private final OrderTransitions transitions;
    private final Clock clock;

    OrderTaking(
            OrderChecks checks, OrderPricing pricing, PickupBooth booth, OrderTransitions transitions, Clock clock) {
        this.checks = checks;
        this.pricing = pricing;
        this.booth = booth;
        this.transitions = transitions;
        this.clock = clock;
    }

    Order take(String orderId, String customer, OrderRequest request) {
        Instant now = clock.instant();
        OrderChecks.Checked checked = checks.check(request, now);
        OrderPricing.Priced priced =
                pricing.price(customer, checked.fairId(), checked.wanted(), request.voucherCode(), now);
        try {
            List<Order.Line> lines = priced.lines();
            return transitions.placed(Order.place(
                    new Order.Placing(
                            orderId,
                            customer,
                            checked.fairId(),
                            lines,
                            priced.totals(),
                            booth.fulfilment(checked, lines.get(0).productId()),
                            request.contact().toPlaced(),
                            checked.payment().name(),
                            checked.fair().map(Fair::endsAt).orElse(null),
                            priced.claims()),
                    now));
        } catch (RuntimeException e) {
            pricing.giveBack(customer, priced);
            throw e;
        }
    }
}
