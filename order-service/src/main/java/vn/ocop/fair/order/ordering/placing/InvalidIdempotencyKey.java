package vn.ocop.fair.order.ordering.placing;

/** The Idempotency-Key header is missing, blank or too long. */
public class InvalidIdempotencyKey extends RuntimeException {

    InvalidIdempotencyKey(String message) {
        super(message);
    }
}
