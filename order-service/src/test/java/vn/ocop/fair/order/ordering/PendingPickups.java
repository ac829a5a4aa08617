package vn.ocop.fair.order.ordering;

import java.time.Instant;
import java.util.List;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/**
 * PENDING pickup orders of u-CUSTOMER at fair f-1 (booth A-01, cash on pickup, no promotion), for
 * the controller tests that answer with an order none of them placed.
 */
public final class PendingPickups {

    private PendingPickups() {}

    /** A line at its list price. */
    public static Order.Line line(String productId, String name, String producerId, int quantity, long priceVnd) {
        return new Order.Line(productId, name, producerId, quantity, priceVnd, priceVnd, 0, null, false);
    }

    public static Order placed(String orderId, Instant placedAt, Order.Line... lines) {
        long totalVnd = 0;
        for (Order.Line line : lines) {
            totalVnd += line.quantity() * line.unitPriceVnd();
        }
        Order.Placing placing = new Order.Placing(
                orderId,
                "u-CUSTOMER",
                "f-1",
                List.of(lines),
                new Order.Totals(totalVnd, 0, null, null, 0, totalVnd),
                new OrderPlaced.Fulfilment("PICKUP", "A-01", null),
                new OrderPlaced.Contact("Nguyễn Văn An", "an@example.vn", "0912345678"),
                "CASH_ON_PICKUP",
                null,
                List.of());
        return Order.place(placing, placedAt).order();
    }
}
