package vn.ocop.fair.order.ordering;

/** The caller's role does not allow this on orders (e.g. a producer listing all orders). */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
