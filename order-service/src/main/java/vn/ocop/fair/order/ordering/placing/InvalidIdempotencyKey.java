package vn.ocop.fair.order.ordering.placing;

import vn.ocop.fair.support.web.RefusedRequest.BadRequest;

/** The Idempotency-Key header is missing, blank or too long. */
public class InvalidIdempotencyKey extends BadRequest {

    InvalidIdempotencyKey(String message) {
        super("invalid-idempotency-key", "Idempotency-Key needed", message);
    }
}
