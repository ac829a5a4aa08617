package vn.ocop.fair.order.ordering.lifecycle;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.EventRoutes;

/**
 * Catalog's replies on {@code ocop.catalog.stock.v1}, each a step of the order saga; other stock
 * events are not the saga's business. The binding is a batch binding: StockReserved records that
 * follow one another confirm their orders together, the others are handled one by one, in order.
 * Destination, group, retries and DLQ are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class StockEventFunctions {

    private static final String PREFIX = "vn.ocop.fair.catalog.";

    @Bean
    Consumer<Message<Object>> stockEvents(OrderSaga saga, JsonMapper json) {
        return EventRoutes.reading(json, "stock event")
                .onBatches(
                        PREFIX + "StockReserved.v1",
                        StockEventCopy.class,
                        copies -> saga.stockReserved(
                                copies.stream().map(StockEventCopy::orderId).toList()))
                .on(
                        PREFIX + "StockReservationRejected.v1",
                        StockEventCopy.class,
                        copy -> saga.stockRefused(copy.orderId(), copy.refusedLines()))
                .on(
                        PREFIX + "StockReleased.v1",
                        StockEventCopy.class,
                        copy -> saga.noted(
                                copy.orderId(), "STOCK_RELEASED", "Catalog put the stock back (" + copy.cause() + ")"))
                .on(
                        PREFIX + "StockCommitted.v1",
                        StockEventCopy.class,
                        copy -> saga.noted(copy.orderId(), "STOCK_COMMITTED", "Catalog counted the units as sold"))
                .batchConsumer();
    }
}
