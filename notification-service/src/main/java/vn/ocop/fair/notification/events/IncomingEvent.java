package vn.ocop.fair.notification.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.support.events.CloudEventHeaders;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * One record as notification-service reads it: its CloudEvents id (the de-duplication key), its
 * event name ({@code OrderPlaced} from {@code vn.ocop.fair.order.OrderPlaced.v1}), its time and payload,
 * and the mapper that reads the payload into a handler's copy.
 */
public record IncomingEvent(String id, String name, Instant time, byte[] payload, JsonMapper json) {

    public static IncomingEvent of(Map<String, Object> headers, byte[] payload, JsonMapper json) {
        String type = CloudEventHeaders.attribute(headers, "type")
                .orElseThrow(() -> new UnreadableEvent("record without a CloudEvents type (ce_type header)"));
        String id = CloudEventHeaders.attribute(headers, "id")
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new UnreadableEvent("record without a CloudEvents id (ce_id header)"));
        String[] parts = type.split("\\.");
        if (parts.length < 3 || !type.startsWith("vn.ocop.fair.")) {
            throw new UnreadableEvent("not an OCOP Fair event type: " + type);
        }
        Instant time = CloudEventHeaders.attribute(headers, "time")
                .map(IncomingEvent::instant)
                .orElse(null);
        return new IncomingEvent(id, parts[parts.length - 2], time, payload, json);
    }

    /** The payload as a handler's copy of the event. */
    public <T> T read(Class<T> copy) {
        try {
            return json.readValue(payload, copy);
        } catch (JacksonException e) {
            throw new UnreadableEvent("unreadable " + name + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The event's time: the ce_time header, else the payload's occurredAt. */
    public Instant timeOr(Instant occurredAt) {
        return time != null ? time : occurredAt;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
