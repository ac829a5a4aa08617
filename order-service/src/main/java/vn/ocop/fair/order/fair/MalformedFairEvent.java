package vn.ocop.fair.order.fair;

/** A fair record that cannot be understood; retrying will not help, so it ends in the dead-letter topic. */
public class MalformedFairEvent extends RuntimeException {

    MalformedFairEvent(String message) {
        super(message);
    }

    MalformedFairEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
