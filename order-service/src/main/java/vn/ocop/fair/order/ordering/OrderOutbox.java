package vn.ocop.fair.order.ordering;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.order.ordering.events.OrderEvent;
import vn.ocop.fair.support.outbox.OutboxEntry;
import vn.ocop.fair.support.outbox.OutboxRelay;
import vn.ocop.fair.support.outbox.OutboxRelays;

/**
 * Order events as outbox entries (CloudEvents on {@code ocop.orders.v1}, keyed by order), and the
 * relay woken for an order whose change {@link Orders} stored.
 */
@Component
public class OrderOutbox {

    static final String SOURCE = "/order-service";

    private final OutboxRelay relay;

    OrderOutbox(OutboxRelays relays) {
        this.relay = relays.forCollection(Orders.COLLECTION);
    }

    static OutboxEntry entry(JsonMapper json, OrderEvent event) {
        return OutboxEntry.of(
                OrderEvent.TOPIC,
                event.orderId(),
                event.cloudEventType(),
                SOURCE,
                event.occurredAt(),
                json.writeValueAsString(event));
    }

    /** Asks the relay to publish the order's new events now (it reads that document by id) rather than at its next poll. */
    public void written(String orderId) {
        relay.wake(orderId);
    }
}
