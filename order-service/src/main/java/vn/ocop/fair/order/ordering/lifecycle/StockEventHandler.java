package vn.ocop.fair.order.ordering.lifecycle;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.CloudEventHeaders;

/** Turns catalog's replies on {@code ocop.catalog.stock.v1} into steps of the order saga. */
@Component
class StockEventHandler {

    private static final Logger log = LoggerFactory.getLogger(StockEventHandler.class);
    private static final String PREFIX = "vn.ocop.fair.catalog.";

    private final OrderSaga saga;
    private final JsonMapper json;

    StockEventHandler(OrderSaga saga, JsonMapper json) {
        this.saga = saga;
        this.json = json;
    }

    void handle(Map<String, Object> headers, byte[] payload) {
        String type = CloudEventHeaders.attribute(headers, "type")
                .orElseThrow(() -> new MalformedStockEvent("record without a CloudEvents type (ce_type header)"));
        switch (type) {
            case PREFIX + "StockReserved.v1" -> saga.stockReserved(read(payload).orderId());
            case PREFIX + "StockReservationRejected.v1" -> {
                StockEventCopy event = read(payload);
                saga.stockRefused(event.orderId(), event.refusedLines());
            }
            case PREFIX + "StockReleased.v1" -> {
                StockEventCopy event = read(payload);
                saga.noted(event.orderId(), "STOCK_RELEASED", "Catalog put the stock back (" + event.cause() + ")");
            }
            case PREFIX + "StockCommitted.v1" ->
                saga.noted(read(payload).orderId(), "STOCK_COMMITTED", "Catalog counted the units as sold");
            default -> log.debug("Ignoring {}: not a type the order saga reads", type);
        }
    }

    private StockEventCopy read(byte[] payload) {
        StockEventCopy event;
        try {
            event = json.readValue(payload, StockEventCopy.class);
        } catch (JacksonException e) {
            throw new MalformedStockEvent("unreadable stock event: " + e.getOriginalMessage(), e);
        }
        if (event.orderId() == null || event.orderId().isBlank()) {
            throw new MalformedStockEvent("a stock event of the saga needs an orderId");
        }
        return event;
    }
}
