package vn.ocop.fair.order.ordering.lifecycle;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Spring Cloud Stream bindings of the saga; destination, group, retries and DLQ are in application.yml. */
@Configuration(proxyBeanMethods = false)
class StockEventFunctions {

    @Bean
    Consumer<Message<byte[]>> stockEvents(StockEventHandler handler) {
        return message -> handler.handle(message.getHeaders(), message.getPayload());
    }
}
