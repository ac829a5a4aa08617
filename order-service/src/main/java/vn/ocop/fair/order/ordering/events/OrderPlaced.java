package vn.ocop.fair.order.ordering.events;

import java.time.Instant;
import java.util.List;

/**
 * A customer placed an order; it waits for catalog to reserve its stock (all lines or none).
 *
 * @param fairId the fair it was placed at, or null for an order outside any fair
 * @param totalVnd what the customer pays, whole đồng, after the fair's promotions
 */
public record OrderPlaced(
        String orderId, String customerId, String fairId, List<Line> lines, long totalVnd, Instant occurredAt)
        implements OrderEvent {

    /** @param unitPriceVnd the price of one unit this order was priced at, whole đồng */
    public record Line(String productId, int quantity, long unitPriceVnd) {}
}
