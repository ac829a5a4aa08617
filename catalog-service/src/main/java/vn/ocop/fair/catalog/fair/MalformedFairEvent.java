package vn.ocop.fair.catalog.fair;

/** A record of the fairs topic that cannot be understood; retrying will not help, so it ends in the dead-letter topic. */
class MalformedFairEvent extends RuntimeException {

    MalformedFairEvent(String message) {
        super(message);
    }

    MalformedFairEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
