package vn.ocop.fair.order.ordering;

import java.time.Instant;
import java.util.List;
import vn.ocop.fair.order.ordering.events.OrderPlaced;

/**
 * An order with its price snapshot and its timeline.
 *
 * @param fairEndsAt when its fair closes, as the fair read model said at placement (cash on pickup
 *     falls due then); null without a fair, and for orders stored before it was kept
 * @param flashClaims the flash-deal units it took, given back if it does not go ahead
 * @param placeAttempts how often OrderPlaced was published (the reconciler publishes it again)
 */
public record Order(
        String id,
        String customerId,
        String fairId,
        OrderStatus status,
        List<Line> lines,
        long subtotalVnd,
        long discountVnd,
        String voucherCode,
        String voucherPromotionId,
        long voucherDiscountVnd,
        long totalVnd,
        OrderPlaced.Fulfilment fulfilment,
        OrderPlaced.Contact contact,
        String paymentMethod,
        Instant placedAt,
        Instant paymentDueAt,
        Instant fairEndsAt,
        String reason,
        List<RejectedLine> rejectedLines,
        List<Step> timeline,
        List<FlashClaim> flashClaims,
        int placeAttempts) {

    public Order {
        lines = List.copyOf(lines);
        rejectedLines = rejectedLines == null ? List.of() : List.copyOf(rejectedLines);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        flashClaims = flashClaims == null ? List.of() : List.copyOf(flashClaims);
    }

    /**
     * One priced line.
     *
     * @param flashDeal whether its units were sold at a flash deal's price
     */
    public record Line(
            String productId,
            String productName,
            String producerId,
            int quantity,
            long listPriceVnd,
            long unitPriceVnd,
            long discountVnd,
            String promotionId,
            boolean flashDeal) {}

    /** A line catalog could not reserve, with catalog's reason. */
    public record RejectedLine(String productId, String reason, long available) {}

    /** One step of the order's saga, as customers and operators see it. */
    public record Step(String step, Instant at, String note) {}

    public record FlashClaim(String promotionId, int units) {}

    public boolean isOf(String customer) {
        return customerId.equals(customer);
    }

    public boolean hasProductsOf(String producerId) {
        return producerId != null && lines.stream().anyMatch(l -> producerId.equals(l.producerId()));
    }

    /** The event that starts the saga; published again, unchanged, by the reconciler. */
    OrderPlaced placedEvent() {
        return new OrderPlaced(
                id,
                customerId,
                fairId,
                lines.stream()
                        .map(l -> new OrderPlaced.Line(
                                l.productId(),
                                l.productName(),
                                l.producerId(),
                                l.quantity(),
                                l.listPriceVnd(),
                                l.unitPriceVnd(),
                                l.discountVnd(),
                                l.promotionId()))
                        .toList(),
                subtotalVnd,
                discountVnd,
                voucherCode,
                voucherDiscountVnd,
                totalVnd,
                fulfilment,
                contact,
                placedAt);
    }
}
