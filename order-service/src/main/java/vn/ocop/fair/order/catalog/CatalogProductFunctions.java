package vn.ocop.fair.order.catalog;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.EventRoutes;

/**
 * The records of {@code ocop.catalog.products.v1} order-service reads: each product snapshot
 * (listed, updated, delisted) replaces an older one in the read model. Destination, group and DLQ
 * are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class CatalogProductFunctions {

    private static final String PREFIX = "vn.ocop.fair.catalog.";

    @Bean
    Consumer<Message<byte[]>> catalogProductEvents(CatalogProducts products, JsonMapper json) {
        List<String> snapshots = Stream.of("ProductListed", "ProductUpdated", "ProductDelisted")
                .map(name -> PREFIX + name + ".v1")
                .toList();
        return EventRoutes.reading(json, "product event")
                .on(snapshots, ProductEventCopy.class, copy -> products.apply(copy.toCatalogProduct()))
                .consumer();
    }
}
