package vn.ocop.fair.catalog.stock;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.stock.events.StockEvent;
import vn.ocop.fair.support.outbox.OutboxEntry;

/** A stock event as an outbox entry: topic {@code ocop.catalog.stock.v1}, keyed by its order or product. */
public final class StockOutbox {

    static final String SOURCE = "/catalog-service";

    private StockOutbox() {}

    public static OutboxEntry entry(StockEvent event, JsonMapper json) {
        return OutboxEntry.of(
                StockEvent.TOPIC,
                event.aggregateId(),
                event.cloudEventType(),
                SOURCE,
                event.occurredAt(),
                json.writeValueAsString(event));
    }
}
