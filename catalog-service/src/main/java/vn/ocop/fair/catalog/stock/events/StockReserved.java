package vn.ocop.fair.catalog.stock.events;

import java.time.Instant;
import java.util.List;

/** Every line of the order is reserved: its units are held for it until it is fulfilled, cancelled or expires. */
public record StockReserved(String orderId, List<StockLine> lines, Instant occurredAt) implements StockEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
