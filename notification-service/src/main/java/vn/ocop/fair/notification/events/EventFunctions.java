package vn.ocop.fair.notification.events;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.ocop.fair.notification.webhook.WebhookFanout;

/**
 * Spring Cloud Stream bindings: one consumer per topic, each handing the record to every handler of
 * that topic, then to the webhooks that want it; destination, group, retries and DLQ are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class EventFunctions {

    @Bean
    Consumer<Message<byte[]>> orderEvents(List<EventHandler> handlers, WebhookFanout webhooks) {
        return of(EventHandler.Topic.ORDERS, handlers, webhooks);
    }

    @Bean
    Consumer<Message<byte[]>> fairEvents(List<EventHandler> handlers, WebhookFanout webhooks) {
        return of(EventHandler.Topic.FAIRS, handlers, webhooks);
    }

    @Bean
    Consumer<Message<byte[]>> stockEvents(List<EventHandler> handlers, WebhookFanout webhooks) {
        return of(EventHandler.Topic.STOCK, handlers, webhooks);
    }

    /** Product names only (for messages about a product); not forwarded to webhooks. */
    @Bean
    Consumer<Message<byte[]>> productEvents(List<EventHandler> handlers) {
        List<EventHandler> mine = handlers.stream()
                .filter(h -> h.topic() == EventHandler.Topic.PRODUCTS)
                .toList();
        return message -> {
            IncomingEvent event = IncomingEvent.of(message.getHeaders(), message.getPayload());
            mine.forEach(h -> h.handle(event));
        };
    }

    private static Consumer<Message<byte[]>> of(
            EventHandler.Topic topic, List<EventHandler> handlers, WebhookFanout webhooks) {
        List<EventHandler> mine =
                handlers.stream().filter(h -> h.topic() == topic).toList();
        return message -> {
            IncomingEvent event = IncomingEvent.of(message.getHeaders(), message.getPayload());
            mine.forEach(h -> h.handle(event));
            webhooks.offer(event.name(), event.id(), event.time(), event.payload());
        };
    }
}
