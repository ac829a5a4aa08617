package vn.ocop.fair.event.promotion;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.event.Refusal;

/** The refusals of the promotion rules, each named for what went wrong. */
public final class PromotionRefusals {

    private PromotionRefusals() {}

    public static final class InvalidPromotion extends Refusal {
        InvalidPromotion(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-promotion", "Invalid promotion", detail);
        }
    }

    /** Voucher codes are unique per fair, withdrawn ones included. */
    public static final class VoucherCodeTaken extends Refusal {
        VoucherCodeTaken(String code) {
            super(
                    HttpStatus.CONFLICT,
                    "voucher-code-taken",
                    "Voucher code already used",
                    "The fair already has a voucher with code " + code);
        }
    }

    public static final class PromotionNotFound extends Refusal {
        PromotionNotFound(String fairId, String promotionId) {
            super(
                    HttpStatus.NOT_FOUND,
                    "promotion-not-found",
                    "Promotion not found",
                    "Fair " + fairId + " has no promotion " + promotionId);
        }
    }

    public static final class PromotionWithdrawn extends Refusal {
        PromotionWithdrawn(String promotionId) {
            super(
                    HttpStatus.CONFLICT,
                    "promotion-withdrawn",
                    "Promotion already withdrawn",
                    "Promotion " + promotionId + " was withdrawn already");
        }
    }
}
