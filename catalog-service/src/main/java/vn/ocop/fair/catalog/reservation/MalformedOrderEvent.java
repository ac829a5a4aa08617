package vn.ocop.fair.catalog.reservation;

/** A record that cannot be understood; retrying will not help, so it goes to the dead-letter topic at once. */
public class MalformedOrderEvent extends RuntimeException {

    MalformedOrderEvent(String message) {
        super(message);
    }

    MalformedOrderEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
