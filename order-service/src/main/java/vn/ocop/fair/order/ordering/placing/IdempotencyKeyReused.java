package vn.ocop.fair.order.ordering.placing;

/** The customer sent a different order with an Idempotency-Key they already used. */
public class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused(String key) {
        super("Idempotency-Key " + key + " was already used for a different order");
    }
}
