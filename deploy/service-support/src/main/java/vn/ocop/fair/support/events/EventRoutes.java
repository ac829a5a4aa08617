package vn.ocop.fair.support.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a service reads one topic, record by record: the CloudEvents type of each record picks the
 * record class its payload is read into and the handler that gets it; types the service does not
 * read are skipped. A record without a type or with a payload that does not read is an {@link
 * UnreadableEvent} (dead-lettered at once); whatever a handler throws is retried with the
 * binding's back-off, then dead-lettered. Redelivery is the handlers' business: they are idempotent.
 *
 * <pre>{@code
 * @Bean
 * Consumer<Message<byte[]>> fairEvents(FairPresence presence, JsonMapper json) {
 *     return EventRoutes.reading(json, "fair event")
 *             .on(BOOTH_ASSIGNED, BoothAssignedCopy.class, copy -> presence.assigned(copy.toAssignment()))
 *             .consumer();
 * }
 * }</pre>
 */
public final class EventRoutes {

    private static final Logger log = LoggerFactory.getLogger(EventRoutes.class);

    private final JsonMapper json;
    private final String what;
    private final Map<String, Route<?>> routes = new LinkedHashMap<>();

    private EventRoutes(JsonMapper json, String what) {
        this.json = json;
        this.what = what;
    }

    /** @param what the kind of event, for the messages of unreadable records ("order event") */
    public static EventRoutes reading(JsonMapper json, String what) {
        return new EventRoutes(json, what);
    }

    /** Records of {@code type} are read as {@code payload} and handed to {@code handler}. */
    public <T> EventRoutes on(String type, Class<T> payload, Consumer<? super T> handler) {
        if (routes.putIfAbsent(type, new Route<>(payload, handler)) != null) {
            throw new IllegalArgumentException("Two routes for " + type);
        }
        return this;
    }

    /** Records of each of these types (snapshots of one thing, say) are read as {@code payload} for {@code handler}. */
    public <T> EventRoutes on(List<String> types, Class<T> payload, Consumer<? super T> handler) {
        types.forEach(type -> on(type, payload, handler));
        return this;
    }

    /** The binding's consumer. */
    public Consumer<Message<byte[]>> consumer() {
        return message -> handle(message.getHeaders(), message.getPayload());
    }

    /** Handles one record, given its headers and payload. */
    public void handle(Map<String, Object> headers, byte[] payload) {
        String type = CloudEventHeaders.attribute(headers, "type")
                .orElseThrow(() -> new UnreadableEvent("record without a CloudEvents type (ce_type header)"));
        Route<?> route = routes.get(type);
        if (route == null) {
            log.debug("Ignoring {}: not a type this service reads", type);
            return;
        }
        route.handle(payload);
    }

    private final class Route<T> {
        private final Class<T> payload;
        private final Consumer<? super T> handler;

        Route(Class<T> payload, Consumer<? super T> handler) {
            this.payload = payload;
            this.handler = handler;
        }

        void handle(byte[] bytes) {
            T event;
            try {
                event = json.readValue(bytes, payload);
            } catch (JacksonException e) {
                throw new UnreadableEvent("unreadable " + what + ": " + e.getOriginalMessage(), e);
            }
            handler.accept(event);
        }
    }
}
