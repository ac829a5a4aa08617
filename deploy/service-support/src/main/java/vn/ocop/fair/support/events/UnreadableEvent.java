package vn.ocop.fair.support.events;

/**
 * A record that cannot be understood: no CloudEvents type, or a payload that is not the event its
 * type says. Retrying cannot mend it, so every binding sends it to its dead-letter topic at once
 * (the default {@code retryable-exceptions} entry set by service-support), where it is counted with
 * {@code reason="unreadable"}.
 */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
