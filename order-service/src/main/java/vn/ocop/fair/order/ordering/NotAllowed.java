package vn.ocop.fair.order.ordering;

import vn.ocop.fair.support.web.RefusedRequest.Forbidden;

/** The caller's role does not allow this on orders (e.g. a producer listing all orders). */
public class NotAllowed extends Forbidden {

    public NotAllowed(String message) {
        super("forbidden", "Not allowed", message);
    }
}
