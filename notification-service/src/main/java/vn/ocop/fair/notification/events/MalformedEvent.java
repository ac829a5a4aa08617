package vn.ocop.fair.notification.events;

/** A record that cannot be understood; retrying will not help, so it goes to the dead-letter topic at once. */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }

    public MalformedEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
