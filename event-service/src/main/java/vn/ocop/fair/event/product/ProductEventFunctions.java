package vn.ocop.fair.event.product;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Spring Cloud Stream bindings of this feature; destination, group and DLQ are in application.yml. */
@Configuration(proxyBeanMethods = false)
class ProductEventFunctions {

    @Bean
    Consumer<Message<byte[]>> productEvents(ProductEventHandler handler) {
        return message -> handler.handle(message.getHeaders(), message.getPayload());
    }
}
