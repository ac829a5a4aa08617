package vn.ocop.fair.catalog.reservation;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Spring Cloud Stream bindings of this feature; destination, group, retries and DLQ are in application.yml. */
@Configuration(proxyBeanMethods = false)
class OrderEventFunctions {

    @Bean
    Consumer<Message<byte[]>> orderEvents(OrderEventHandler handler) {
        return message -> handler.handle(message.getHeaders(), message.getPayload());
    }
}
