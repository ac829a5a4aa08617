package vn.ocop.fair.order.fair;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Spring Cloud Stream bindings of this feature; destination, group and DLQ are in application.yml. */
@Configuration(proxyBeanMethods = false)
class FairEventFunctions {

    @Bean
    Consumer<Message<byte[]>> fairEvents(FairEventHandler handler) {
        return message -> handler.handle(message.getHeaders(), message.getPayload());
    }
}
