package vn.ocop.fair.event.promotion;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.event.fair.FairProblem;

/** A promotion the fair refuses; the type says why. */
public final class PromotionProblem extends FairProblem {

    private PromotionProblem(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    static PromotionProblem invalid(String detail) {
        return new PromotionProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-promotion", "Invalid promotion", detail);
    }

    static PromotionProblem codeTaken(String code) {
        return new PromotionProblem(
                HttpStatus.CONFLICT,
                "voucher-code-taken",
                "Voucher code already used",
                "The fair already has a voucher with code " + code);
    }

    static PromotionProblem notFound(String fairId, String promotionId) {
        return new PromotionProblem(
                HttpStatus.NOT_FOUND,
                "promotion-not-found",
                "Promotion not found",
                "Fair " + fairId + " has no promotion " + promotionId);
    }

    static PromotionProblem alreadyWithdrawn(String promotionId) {
        return new PromotionProblem(
                HttpStatus.CONFLICT,
                "promotion-withdrawn",
                "Promotion already withdrawn",
                "Promotion " + promotionId + " was withdrawn already");
    }
}
