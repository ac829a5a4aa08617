package vn.ocop.fair.catalog.stock.events;

import java.time.Instant;
import java.util.List;

/**
 * The units a reserved order held are on sale again.
 *
 * @param cause what ended the order: {@code ORDER_CANCELLED}, {@code ORDER_REJECTED} or {@code ORDER_EXPIRED}
 */
public record StockReleased(String orderId, List<StockLine> lines, String cause, Instant occurredAt)
        implements StockEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
