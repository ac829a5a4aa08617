package vn.ocop.fair.notification.delivery;

/** What one attempt to send came to. */
public sealed interface Outcome {

    /** Delivered; {@code detail} goes to the delivery log (e.g. the HTTP status). */
    record Sent(String detail) implements Outcome {}

    /** Tried and failed; it will be retried until the attempts run out. */
    record Failed(String error) implements Outcome {}

    /** Not tried: the endpoint's circuit is open or its bulkhead full. */
    record NotPermitted(String why) implements Outcome {}
}
