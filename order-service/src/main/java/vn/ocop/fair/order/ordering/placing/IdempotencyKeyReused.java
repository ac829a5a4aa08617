package vn.ocop.fair.order.ordering.placing;

import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** The customer sent a different order with an Idempotency-Key they already used. */
public class IdempotencyKeyReused extends Unprocessable {

    IdempotencyKeyReused(String key) {
        super(
                "idempotency-key-reused",
                "Idempotency-Key reused",
                "Idempotency-Key " + key + " was already used for a different order");
    }
}
