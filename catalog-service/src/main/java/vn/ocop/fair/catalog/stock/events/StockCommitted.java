package vn.ocop.fair.catalog.stock.events;

import java.time.Instant;
import java.util.List;

/** The order was fulfilled: the units it held are sold. */
public record StockCommitted(String orderId, List<StockLine> lines, Instant occurredAt) implements StockEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
