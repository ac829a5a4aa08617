package vn.ocop.fair.support.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * One unpublished event, kept in the {@code outbox} array of the aggregate document that raised
 * it and written in the same atomic update as the state change.
 *
 * @param id the CloudEvents id, which consumers use as idempotency key
 * @param topic where the relay publishes it
 * @param key the Kafka key: the aggregate id, so one aggregate's events stay in order
 * @param type the CloudEvents type, {@code vn.ocop.fair.<service>.<event>.v1}
 * @param source the CloudEvents source, {@code /<service>}
 * @param time when the event happened
 * @param payload the event record as JSON
 * @param traceparent the W3C trace context current when the event was raised, sent as the
 *     {@code traceparent} header so the consumers' spans join the trace; null outside a trace
 */
public record OutboxEntry(
        String id,
        String topic,
        String key,
        String type,
        String source,
        Instant time,
        String payload,
        @Nullable String traceparent) {

    static final String FIELD = "outbox";

    /** An entry raised now: it carries the trace context current on this thread, if any. */
    public OutboxEntry(String id, String topic, String key, String type, String source, Instant time, String payload) {
        this(id, topic, key, type, source, time, payload, OutboxTraceContext.current());
    }

    public static OutboxEntry of(String topic, String key, String type, String source, Instant time, String payload) {
        return new OutboxEntry(UUID.randomUUID().toString(), topic, key, type, source, time, payload);
    }

    public Document toDocument() {
        Document document = new Document("id", id)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("source", source)
                .append("time", Date.from(time))
                .append("payload", payload);
        if (traceparent != null) {
            document.append("traceparent", traceparent);
        }
        return document;
    }

    static OutboxEntry fromDocument(Document d) {
        return new OutboxEntry(
                d.getString("id"),
                d.getString("topic"),
                d.getString("key"),
                d.getString("type"),
                d.getString("source"),
                d.getDate("time").toInstant(),
                d.getString("payload"),
                d.getString("traceparent"));
    }
}
