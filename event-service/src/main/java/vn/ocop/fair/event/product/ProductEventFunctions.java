package vn.ocop.fair.event.product;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.EventRoutes;

/**
 * The records of {@code ocop.catalog.products.v1} event-service reads: each product snapshot
 * (listed, updated, delisted) replaces an older one in the read model. Destination, group and DLQ
 * are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class ProductEventFunctions {

    private static final String PREFIX = "vn.ocop.fair.catalog.";

    @Bean
    Consumer<Message<byte[]>> productEvents(CatalogProducts products, JsonMapper json) {
        EventRoutes routes = EventRoutes.reading(json, "product event");
        for (String snapshot : new String[] {"ProductListed", "ProductUpdated", "ProductDelisted"}) {
            routes.on(
                    PREFIX + snapshot + ".v1", ProductEventCopy.class, copy -> products.apply(copy.toCatalogProduct()));
        }
        return routes.consumer();
    }
}
