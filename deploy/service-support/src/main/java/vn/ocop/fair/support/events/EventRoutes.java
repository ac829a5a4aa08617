package vn.ocop.fair.support.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
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
 * <p>On a batch binding ({@code batch-mode: true}, {@link #batchConsumer()}) the records of a poll
 * come together, in order; records of a type routed with {@link #onBatches} that follow one another
 * are handed over as one list (one read of what they need, one write for all), the others one by
 * one. Should a list fail, its records are handled one by one and the first that fails is reported
 * by its index ({@link BatchListenerFailedException}): {@link BatchBindingsAutoConfiguration}'s
 * error handler retries that record, then dead-letters it, and the records before it count as done.
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

    /**
     * Records of {@code type} that follow one another in a batch are read as {@code payload} and
     * handed to {@code handler} together (one at a time on a record binding).
     */
    public <T> EventRoutes onBatches(String type, Class<T> payload, Consumer<List<T>> handler) {
        if (routes.putIfAbsent(type, new Route<>(payload, one -> handler.accept(List.of(one)), handler)) != null) {
            throw new IllegalArgumentException("Two routes for " + type);
        }
        return this;
    }

    /** The binding's consumer. */
    public Consumer<Message<byte[]>> consumer() {
        return message -> handle(message.getHeaders(), message.getPayload());
    }

    /**
     * The consumer of a batch binding. It takes {@code Message<Object>}: declared as a list of byte
     * arrays, Spring Cloud Function would "convert" the list as JSON and hand over an empty one.
     */
    public Consumer<Message<Object>> batchConsumer() {
        return message -> {
            @SuppressWarnings("unchecked") // the binder's batch: one byte[] per record
            List<byte[]> payloads = (List<byte[]>) message.getPayload();
            handleBatch(batchHeaders(message), payloads);
        };
    }

    /** Handles the records of a batch in order, given their headers and payloads. */
    public void handleBatch(List<Map<String, Object>> headers, List<byte[]> payloads) {
        int i = 0;
        while (i < payloads.size()) {
            int index = i;
            Route<?> route = typeOf(headers.get(i)).map(routes::get).orElse(null);
            if (route == null || route.batchHandler == null) {
                handleReporting(index, () -> handle(headers.get(index), payloads.get(index)));
                i++;
                continue;
            }
            int end = i + 1;
            while (end < payloads.size() && typeOf(headers.get(end)).equals(typeOf(headers.get(i)))) {
                end++;
            }
            route.handleRun(payloads, i, end);
            i = end;
        }
    }

    /** Handles one record, given its headers and payload. */
    public void handle(Map<String, Object> headers, byte[] payload) {
        String type = typeOf(headers)
                .orElseThrow(() -> new UnreadableEvent("record without a CloudEvents type (ce_type header)"));
        Route<?> route = routes.get(type);
        if (route == null) {
            log.debug("Ignoring {}: not a type this service reads", type);
            return;
        }
        route.handle(payload);
    }

    private static Optional<String> typeOf(Map<String, Object> headers) {
        return CloudEventHeaders.attribute(headers, "type");
    }

    private static void handleReporting(int index, Runnable handling) {
        try {
            handling.run();
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e, index);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> batchHeaders(Message<Object> message) {
        Object headers = message.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        if (headers == null) {
            throw new IllegalStateException("a batch without " + KafkaHeaders.BATCH_CONVERTED_HEADERS);
        }
        return (List<Map<String, Object>>) headers;
    }

    private final class Route<T> {
        private final Class<T> payload;
        private final Consumer<? super T> handler;
        private final Consumer<List<T>> batchHandler;

        Route(Class<T> payload, Consumer<? super T> handler) {
            this(payload, handler, null);
        }

        Route(Class<T> payload, Consumer<? super T> handler, Consumer<List<T>> batchHandler) {
            this.payload = payload;
            this.handler = handler;
            this.batchHandler = batchHandler;
        }

        void handle(byte[] bytes) {
            handler.accept(read(bytes));
        }

        /**
         * Records {@code [from, to)} of a batch, all of this route's type: as one list, or one by
         * one if that fails; an unreadable record ends the list and is reported once those before it are done.
         */
        void handleRun(List<byte[]> payloads, int from, int to) {
            List<T> events = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                try {
                    events.add(read(payloads.get(i)));
                } catch (UnreadableEvent e) {
                    handleList(events, from);
                    throw new BatchListenerFailedException(e.getMessage(), e, i);
                }
            }
            handleList(events, from);
        }

        private void handleList(List<T> events, int from) {
            if (events.isEmpty()) {
                return;
            }
            try {
                batchHandler.accept(events);
            } catch (RuntimeException listFailed) {
                log.warn(
                        "{} {} record(s) failed together, handling them one by one: {}",
                        events.size(),
                        what,
                        listFailed.toString());
                for (int i = 0; i < events.size(); i++) {
                    T event = events.get(i);
                    handleReporting(from + i, () -> batchHandler.accept(List.of(event)));
                }
            }
        }

        private T read(byte[] bytes) {
            try {
                return json.readValue(bytes, payload);
            } catch (JacksonException e) {
                throw new UnreadableEvent("unreadable " + what + ": " + e.getOriginalMessage(), e);
            }
        }
    }
}
