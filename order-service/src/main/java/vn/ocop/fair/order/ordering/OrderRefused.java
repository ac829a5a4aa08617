package vn.ocop.fair.order.ordering;

/**
 * An order that breaks a rule: answered 422 with the reason as the problem type.
 *
 * @see #reason()
 */
public class OrderRefused extends RuntimeException {

    private final String reason;

    public OrderRefused(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A stable slug: unknown-product, product-delisted, quantity-out-of-range, fair-not-open… */
    public String reason() {
        return reason;
    }
}
