package vn.ocop.fair.catalog.reservation;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.EventRoutes;

/**
 * The records of {@code ocop.orders.v1} catalog reads, each a step of the saga; other order events
 * are not catalog's business. Destination, group, retries and DLQ are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class OrderEventFunctions {

    static final String TYPES = "vn.ocop.fair.order.";

    @Bean
    Consumer<Message<byte[]>> orderEvents(ReservationSaga saga, JsonMapper json) {
        return EventRoutes.reading(json, "order event")
                .on(TYPES + "OrderPlaced.v1", OrderEventCopy.class, copy -> saga.reserve(copy.toReservation()))
                .on(
                        TYPES + "OrderCancelled.v1",
                        OrderEventCopy.class,
                        copy -> saga.release(copy.requireOrderId(), "ORDER_CANCELLED"))
                .on(
                        TYPES + "OrderRejected.v1",
                        OrderEventCopy.class,
                        copy -> saga.release(copy.requireOrderId(), "ORDER_REJECTED"))
                .on(
                        TYPES + "OrderExpired.v1",
                        OrderEventCopy.class,
                        copy -> saga.release(copy.requireOrderId(), "ORDER_EXPIRED"))
                .on(TYPES + "OrderFulfilled.v1", OrderEventCopy.class, copy -> saga.commit(copy.requireOrderId()))
                .consumer();
    }
}
