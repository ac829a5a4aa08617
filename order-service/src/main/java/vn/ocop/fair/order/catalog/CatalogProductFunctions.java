package vn.ocop.fair.order.catalog;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Spring Cloud Stream bindings of this feature; destinations, group and DLQ are in application.yml. */
@Configuration(proxyBeanMethods = false)
class CatalogProductFunctions {

    @Bean
    Consumer<Message<byte[]>> catalogProductEvents(ProductEventHandler handler) {
        return message -> handler.handle(message.getHeaders(), message.getPayload());
    }
}
