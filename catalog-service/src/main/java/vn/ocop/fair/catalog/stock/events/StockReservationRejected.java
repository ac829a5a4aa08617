package vn.ocop.fair.catalog.stock.events;

import java.time.Instant;
import java.util.List;

/**
 * Not every line of the order could be reserved, so none is (all or none): whatever was held for it
 * has been put back.
 *
 * @param lines the lines that could not be reserved, each with why
 */
public record StockReservationRejected(String orderId, List<RejectedLine> lines, Instant occurredAt)
        implements StockEvent {

    /**
     * @param reason {@code OUT_OF_STOCK}, {@code DELISTED} (the product is not on sale) or
     *     {@code UNKNOWN_PRODUCT}
     * @param available units on sale when the line was tried (0 unless out of stock)
     */
    public record RejectedLine(String productId, int quantity, String reason, long available) {}

    @Override
    public String aggregateId() {
        return orderId;
    }
}
