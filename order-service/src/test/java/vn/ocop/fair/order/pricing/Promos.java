package vn.ocop.fair.order.pricing;

import java.time.Instant;
import java.util.List;

/** Test data: products and promotions of one fair, valid around {@link #NOW}. */
final class Promos {

    static final String FAIR = "fair-1";
    static final Instant NOW = Instant.parse("2026-05-22T12:30:00Z");
    static final Instant FROM = Instant.parse("2026-05-21T01:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-05-25T15:00:00Z");

    private Promos() {}

    static PricedProduct product(String id, long price) {
        return new PricedProduct(id, "Sản phẩm " + id, "producer-" + id, "FOOD", price);
    }

    static PricedProduct product(String id, String producer, String group, long price) {
        return new PricedProduct(id, "Sản phẩm " + id, producer, group, price);
    }

    static PromotionTerms percent(String id, int percent, String scope, String... values) {
        return new PromotionTerms(
                id, FAIR, "PERCENTAGE", scope, List.of(values), percent, null, FROM, UNTIL, null, null, false);
    }

    static PromotionTerms amount(String id, long amount, String scope, String... values) {
        return new PromotionTerms(
                id, FAIR, "FIXED_AMOUNT", scope, List.of(values), null, amount, FROM, UNTIL, null, null, false);
    }

    static PromotionTerms flash(String id, String productId, long dealPrice, int units, int cap, boolean gift) {
        return new PromotionTerms(
                id,
                FAIR,
                "FLASH_DEAL",
                "PRODUCTS",
                List.of(productId),
                null,
                null,
                FROM,
                UNTIL,
                null,
                new PromotionTerms.FlashDeal(productId, dealPrice, units, cap, gift),
                false);
    }

    static PromotionTerms voucher(
            String id, String code, Integer percent, Long amount, long minimum, boolean combines, String scope) {
        return new PromotionTerms(
                id,
                FAIR,
                "VOUCHER",
                scope,
                List.of(),
                percent,
                amount,
                FROM,
                UNTIL,
                new PromotionTerms.Voucher(code, 100, 1, minimum, combines),
                null,
                false);
    }

    static PromotionTerms from(PromotionTerms p, Instant validFrom) {
        return copy(p, validFrom, p.withdrawn());
    }

    static PromotionTerms withdrawn(PromotionTerms p) {
        return copy(p, p.validFrom(), true);
    }

    /** {@code p} valid from {@code validFrom}, withdrawn or not. */
    private static PromotionTerms copy(PromotionTerms p, Instant validFrom, boolean withdrawn) {
        return new PromotionTerms(
                p.id(),
                p.fairId(),
                p.kind(),
                p.scopeType(),
                p.scopeValues(),
                p.percentOff(),
                p.amountOffVnd(),
                validFrom,
                p.validUntil(),
                p.voucher(),
                p.flashDeal(),
                withdrawn);
    }
}
