package vn.ocop.fair.order.catalog;

/** A record that cannot be understood; retrying will not help, so it ends in the dead-letter topic. */
class MalformedEvent extends RuntimeException {

    MalformedEvent(String message) {
        super(message);
    }

    MalformedEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
