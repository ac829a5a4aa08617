package vn.ocop.fair.catalog.reservation;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.CloudEventHeaders;

/** Turns one record of {@code ocop.orders.v1} into a step of the saga; other order events are not catalog's business. */
@Component
class OrderEventHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderEventHandler.class);
    static final String TYPES = "vn.ocop.fair.order.";

    private final ReservationSaga saga;
    private final JsonMapper json;

    OrderEventHandler(ReservationSaga saga, JsonMapper json) {
        this.saga = saga;
        this.json = json;
    }

    void handle(Map<String, Object> headers, byte[] payload) {
        String type = CloudEventHeaders.attribute(headers, "type")
                .orElseThrow(() -> new MalformedOrderEvent("record without a CloudEvents type (ce_type header)"));
        switch (type) {
            case TYPES + "OrderPlaced.v1" -> saga.reserve(read(payload).toReservation());
            case TYPES + "OrderCancelled.v1" -> saga.release(read(payload).requireOrderId(), "ORDER_CANCELLED");
            case TYPES + "OrderRejected.v1" -> saga.release(read(payload).requireOrderId(), "ORDER_REJECTED");
            case TYPES + "OrderExpired.v1" -> saga.release(read(payload).requireOrderId(), "ORDER_EXPIRED");
            case TYPES + "OrderFulfilled.v1" -> saga.commit(read(payload).requireOrderId());
            default -> log.debug("Ignoring {}: not a type catalog-service reads", type);
        }
    }

    private OrderEventCopy read(byte[] payload) {
        try {
            return json.readValue(payload, OrderEventCopy.class);
        } catch (JacksonException e) {
            throw new MalformedOrderEvent("unreadable order event: " + e.getOriginalMessage(), e);
        }
    }
}
