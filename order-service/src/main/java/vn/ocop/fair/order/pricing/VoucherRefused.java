package vn.ocop.fair.order.pricing;

/**
 * The voucher cannot be used on this order.
 *
 * @param reason unknown-voucher, voucher-minimum-not-met or voucher-not-applicable
 */
public class VoucherRefused extends RuntimeException {

    private final String reason;

    VoucherRefused(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
