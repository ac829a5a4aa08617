package vn.ocop.fair.order.ordering.lifecycle;

/** A stock record that cannot be understood; retrying will not help, so it ends in the dead-letter topic. */
public class MalformedStockEvent extends RuntimeException {

    MalformedStockEvent(String message) {
        super(message);
    }

    MalformedStockEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
