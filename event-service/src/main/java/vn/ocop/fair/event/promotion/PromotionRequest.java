package vn.ocop.fair.event.promotion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import vn.ocop.fair.event.fair.events.Promotion;

/** A promotion as the organiser posts it (see {@link Proposal} for the rules). */
record PromotionRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull PromotionKind kind,
        @Valid ScopeRequest scope,
        Integer percentOff,
        Long amountOffVnd,
        Instant validFrom,
        Instant validUntil,
        @Valid VoucherRequest voucher,
        @Valid FlashDealRequest flashDeal) {

    record ScopeRequest(
            @NotNull ScopeType type, @Size(max = 500) List<@NotBlank @Size(max = 100) String> values) {}

    /** {@code combinesWithPromotions} is false unless said; {@code minimumOrderVnd} 0 unless said. */
    record VoucherRequest(
            @NotBlank @Size(max = 32) String code,
            @NotNull Integer totalUses,
            @NotNull Integer usesPerCustomer,
            Long minimumOrderVnd,
            Boolean combinesWithPromotions) {}

    /** {@code gift} is false unless said. */
    record FlashDealRequest(
            @NotBlank @Size(max = 64) String activityId,
            @NotBlank @Size(max = 64) String productId,
            @NotNull Long dealPriceVnd,
            @NotNull Integer units,
            @NotNull Integer perBuyerCap,
            Boolean gift) {}

    Proposal proposal() {
        return new Proposal(
                name,
                kind,
                scope == null ? null : scope.type(),
                scope == null ? null : scope.values(),
                percentOff,
                amountOffVnd,
                validFrom,
                validUntil,
                voucher == null
                        ? null
                        : new Promotion.Voucher(
                                voucher.code(),
                                voucher.totalUses(),
                                voucher.usesPerCustomer(),
                                voucher.minimumOrderVnd() == null ? 0 : voucher.minimumOrderVnd(),
                                Boolean.TRUE.equals(voucher.combinesWithPromotions())),
                flashDeal == null
                        ? null
                        : new Promotion.FlashDeal(
                                flashDeal.activityId(),
                                flashDeal.productId(),
                                flashDeal.dealPriceVnd(),
                                flashDeal.units(),
                                flashDeal.perBuyerCap(),
                                Boolean.TRUE.equals(flashDeal.gift())));
    }
}
