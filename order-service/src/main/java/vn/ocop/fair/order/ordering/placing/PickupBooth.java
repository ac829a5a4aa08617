package vn.ocop.fair.order.ordering.placing;

import org.springframework.stereotype.Component;
import vn.ocop.fair.order.fair.Booths;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/** How an order reaches its customer: a pickup at the booth selling its first line, or a delivery. */
@Component
class PickupBooth {

    private final Booths booths;

    PickupBooth(Booths booths) {
        this.booths = booths;
    }

    /** A pickup reads the booth ({@code booth_products} by id); a delivery reads nothing. */
    OrderPlaced.Fulfilment fulfilment(OrderChecks.Checked checked, String firstProductId) {
        if (checked.isPickup()) {
            String booth = booths.boothSelling(checked.fairId(), firstProductId).orElse(null);
            return new OrderPlaced.Fulfilment(checked.fulfilmentMethod(), booth, null);
        }
        return new OrderPlaced.Fulfilment(checked.fulfilmentMethod(), null, checked.address());
    }
}
