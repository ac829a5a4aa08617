package vn.ocop.fair.catalog.reservation;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.EventRoutes;

/**
 * The records of {@code ocop.orders.v1} catalog reads, each a step of the saga; other order events
 * are not catalog's business. The binding is a batch binding: OrderPlaced records that follow one
 * another are reserved together ({@link ReservationSaga#reserveAll}), the others one by one, in
 * order. Destination, group, retries and DLQ are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class OrderEventFunctions {

    static final String TYPES = "vn.ocop.fair.order.";

    @Bean
    Consumer<Message<Object>> orderEvents(ReservationSaga saga, JsonMapper json) {
        return EventRoutes.reading(json, "order event")
                .onBatches(
                        TYPES + "OrderPlaced.v1",
                        OrderEventCopy.class,
                        copies -> saga.reserveAll(copies.stream()
                                .map(OrderEventCopy::toReservation)
                                .toList()))
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
                .batchConsumer();
    }
}
