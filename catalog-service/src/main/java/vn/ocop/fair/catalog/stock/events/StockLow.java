package vn.ocop.fair.catalog.stock.events;

import java.time.Instant;

/**
 * The units on sale of a product dropped below its producer's threshold; raised once per crossing.
 *
 * @param producerId whose product it is (notifications go to them)
 * @param available units on sale now
 */
public record StockLow(String productId, String producerId, long available, int lowThreshold, Instant occurredAt)
        implements StockEvent {

    @Override
    public String aggregateId() {
        return productId;
    }
}
