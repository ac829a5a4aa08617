package vn.ocop.fair.event.product;

/** A record that cannot be understood; retrying will not help, so it ends in the dead-letter topic. */
class MalformedProductEvent extends RuntimeException {

    MalformedProductEvent(String message) {
        super(message);
    }

    MalformedProductEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
