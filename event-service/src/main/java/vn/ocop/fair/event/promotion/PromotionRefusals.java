package vn.ocop.fair.event.promotion;

import vn.ocop.fair.support.web.RefusedRequest.Conflict;
import vn.ocop.fair.support.web.RefusedRequest.NotFound;
import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** The refusals of the promotion rules, each named for what went wrong. */
public final class PromotionRefusals {

    private PromotionRefusals() {}

    public static final class InvalidPromotion extends Unprocessable {
        InvalidPromotion(String detail) {
            super("invalid-promotion", "Invalid promotion", detail);
        }
    }

    /** Voucher codes are unique per fair, withdrawn ones included. */
    public static final class VoucherCodeTaken extends Conflict {
        VoucherCodeTaken(String code) {
            super(
                    "voucher-code-taken",
                    "Voucher code already used",
                    "The fair already has a voucher with code " + code);
        }
    }

    public static final class PromotionNotFound extends NotFound {
        PromotionNotFound(String fairId, String promotionId) {
            super("promotion-not-found", "Promotion not found", "Fair " + fairId + " has no promotion " + promotionId);
        }
    }

    public static final class PromotionWithdrawn extends Conflict {
        PromotionWithdrawn(String promotionId) {
            super(
                    "promotion-withdrawn",
                    "Promotion already withdrawn",
                    "Promotion " + promotionId + " was withdrawn already");
        }
    }
}
