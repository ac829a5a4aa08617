package vn.ocop.fair.order.ordering;

import java.util.Map;
import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/**
 * An order that breaks a rule: answered 422 with the reason as the problem type and as the
 * property {@code reason}.
 *
 * @see #reason()
 */
public class OrderRefused extends Unprocessable {

    private final String reason;

    public OrderRefused(String reason, String message) {
        super(reason, "The order cannot be placed", message);
        this.reason = reason;
    }

    /** A stable slug: unknown-product, product-delisted, quantity-out-of-range, fair-not-open… */
    public String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reason", reason);
    }
}
