package vn.ocop.fair.support.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** CloudEvents 1.0 Kafka binary mode: attributes as {@code ce_*} headers, the event as payload. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}

    /**
     * Reads a CloudEvents attribute ({@code "type"}, {@code "id"}…) from message headers, whatever
     * way the binder handed it over: Spring Cloud Function's CloudEvents support may rename Kafka's
     * {@code ce_type} to {@code ce-type} (seen with the embedded broker), and values may be raw
     * bytes or text.
     */
    public static Optional<String> attribute(Map<String, Object> headers, String attribute) {
        Object value = headers.get("ce_" + attribute);
        if (value == null) {
            value = headers.get("ce-" + attribute);
        }
        if (value instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(value).map(Object::toString);
    }
}
