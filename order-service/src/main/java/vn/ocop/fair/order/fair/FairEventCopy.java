package vn.ocop.fair.order.fair;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * order-service's trimmed copy of event-service's fair events: the fair lifecycle events carry
 * {@code version} and the {@code fair} snapshot; {@code PromotionAnnounced} the {@code promotion};
 * {@code PromotionWithdrawn} {@code promotionId} and {@code version}; {@code BoothAssigned} /
 * {@code BoothReleased} the assignment. Fields it does not read are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record FairEventCopy(
        String fairId,
        Long version,
        Instant occurredAt,
        Snapshot fair,
        PromotionCopy promotion,
        String promotionId,
        String assignmentId,
        String boothCode,
        String producerId,
        List<String> productIds) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(
            String name,
            String timeZone,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalTime opensAt,
            LocalTime closesAt,
            String status) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PromotionCopy(
            String id,
            Long version,
            String kind,
            Scope scope,
            Integer percentOff,
            Long amountOffVnd,
            Instant validFrom,
            Instant validUntil,
            Voucher voucher,
            FlashDeal flashDeal) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scope(String type, List<String> values) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Voucher(
            String code, int totalUses, int usesPerCustomer, long minimumOrderVnd, boolean combinesWithPromotions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlashDeal(String productId, long dealPriceVnd, int units, int perBuyerCap, boolean gift) {}

    private void require(boolean condition, String what) {
        if (!condition) {
            throw new UnreadableEvent("a fair event needs " + what);
        }
    }

    /** A PromotionWithdrawn: it names the fair, the promotion and the version withdrawn. */
    FairEventCopy withdrawal() {
        require(
                fairId != null && promotionId != null && version != null,
                "fairId, promotionId and version to withdraw");
        return this;
    }

    /** A BoothReleased: it names the fair and the assignment released. */
    FairEventCopy release() {
        require(fairId != null && assignmentId != null, "fairId and assignmentId to release a booth");
        return this;
    }

    Fair toFair() {
        require(fairId != null && version != null && fair != null, "fairId, version and fair");
        require(fair.status() != null && fair.startsOn() != null && fair.endsOn() != null, "status and dates");
        return new Fair(
                fairId,
                version,
                fair.name(),
                fair.status(),
                fair.timeZone(),
                fair.startsOn(),
                fair.endsOn(),
                fair.opensAt(),
                fair.closesAt());
    }

    StoredPromotion toPromotion() {
        require(fairId != null && promotion != null, "fairId and promotion");
        PromotionCopy p = promotion;
        require(p.id() != null && p.version() != null && p.kind() != null, "promotion id, version and kind");
        return new StoredPromotion(
                new vn.ocop.fair.order.pricing.PromotionTerms(
                        p.id(),
                        fairId,
                        p.kind(),
                        p.scope() == null ? null : p.scope().type(),
                        p.scope() == null ? List.of() : p.scope().values(),
                        p.percentOff(),
                        p.amountOffVnd(),
                        p.validFrom(),
                        p.validUntil(),
                        p.voucher() == null
                                ? null
                                : new vn.ocop.fair.order.pricing.PromotionTerms.Voucher(
                                        p.voucher().code(),
                                        p.voucher().totalUses(),
                                        p.voucher().usesPerCustomer(),
                                        p.voucher().minimumOrderVnd(),
                                        p.voucher().combinesWithPromotions()),
                        p.flashDeal() == null
                                ? null
                                : new vn.ocop.fair.order.pricing.PromotionTerms.FlashDeal(
                                        p.flashDeal().productId(),
                                        p.flashDeal().dealPriceVnd(),
                                        p.flashDeal().units(),
                                        p.flashDeal().perBuyerCap(),
                                        p.flashDeal().gift()),
                        false),
                p.version());
    }

    BoothAssignment toAssignment() {
        require(fairId != null && assignmentId != null && boothCode != null, "fairId, assignmentId and boothCode");
        return new BoothAssignment(
                assignmentId, fairId, boothCode, producerId, productIds == null ? List.of() : productIds);
    }
}
