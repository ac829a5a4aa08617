package vn.ocop.fair.notification.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.notification.webhook.WebhookFanout;

/**
 * Spring Cloud Stream bindings: one consumer per topic. Orders, fairs and stock are consumed in
 * batches (a poll's records of a partition at once): every handler of the topic gets the batch,
 * then the webhooks that want its events; should anything fail, the records are handled one by
 * one and the first that fails is reported by its index, so the error handler ({@link
 * vn.ocop.fair.support.events.BatchBindingsAutoConfiguration}) retries that record, dead-letters it if it keeps failing, and the ones
 * before it count as done. The batch functions take {@code Message<Object>}: declared as a list of
 * byte arrays, Spring Cloud Function would "convert" the list as JSON and hand over an empty one.
 * Destination, group, retries and DLQ are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class EventFunctions {

    @Bean
    Consumer<Message<Object>> orderEvents(List<EventHandler> handlers, WebhookFanout webhooks, JsonMapper json) {
        return batches(EventHandler.Topic.ORDERS, handlers, webhooks, json);
    }

    @Bean
    Consumer<Message<Object>> fairEvents(List<EventHandler> handlers, WebhookFanout webhooks, JsonMapper json) {
        return batches(EventHandler.Topic.FAIRS, handlers, webhooks, json);
    }

    @Bean
    Consumer<Message<Object>> stockEvents(List<EventHandler> handlers, WebhookFanout webhooks, JsonMapper json) {
        return batches(EventHandler.Topic.STOCK, handlers, webhooks, json);
    }

    /** Product names only (for messages about a product); one record at a time, not forwarded to webhooks. */
    @Bean
    Consumer<Message<byte[]>> productEvents(List<EventHandler> handlers, JsonMapper json) {
        List<EventHandler> mine = handlers.stream()
                .filter(h -> h.topic() == EventHandler.Topic.PRODUCTS)
                .toList();
        return message -> {
            IncomingEvent event = IncomingEvent.of(message.getHeaders(), message.getPayload(), json);
            mine.forEach(h -> h.handle(event));
        };
    }

    private static Consumer<Message<Object>> batches(
            EventHandler.Topic topic, List<EventHandler> handlers, WebhookFanout webhooks, JsonMapper json) {
        List<EventHandler> mine =
                handlers.stream().filter(h -> h.topic() == topic).toList();
        return message -> {
            @SuppressWarnings("unchecked") // the binder's batch: one byte[] per record
            List<byte[]> payloads = (List<byte[]>) message.getPayload();
            List<Map<String, Object>> headers = headers(message);
            try {
                List<IncomingEvent> events = new ArrayList<>(payloads.size());
                for (int i = 0; i < payloads.size(); i++) {
                    events.add(IncomingEvent.of(headers.get(i), payloads.get(i), json));
                }
                handle(events, mine, webhooks);
            } catch (RuntimeException batchFailed) {
                for (int i = 0; i < payloads.size(); i++) {
                    try {
                        handle(List.of(IncomingEvent.of(headers.get(i), payloads.get(i), json)), mine, webhooks);
                    } catch (RuntimeException e) {
                        throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e, i);
                    }
                }
            }
        };
    }

    private static void handle(List<IncomingEvent> events, List<EventHandler> handlers, WebhookFanout webhooks) {
        handlers.forEach(h -> h.handleAll(events));
        webhooks.offerAll(events.stream()
                .map(e -> new WebhookFanout.Offered(e.name(), e.id(), e.time(), e.payload()))
                .toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> headers(Message<Object> message) {
        Object headers = message.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        if (headers == null) {
            throw new IllegalStateException("a batch without " + KafkaHeaders.BATCH_CONVERTED_HEADERS);
        }
        return (List<Map<String, Object>>) headers;
    }
}
