package vn.ocop.fair.order.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pricing priority rule (event-service's README), per line: 1) a live flash deal for the
 * product, for the units the buyer was granted; 2) else the single best fair promotion
 * (PERCENTAGE or FIXED_AMOUNT) — the biggest discount, ties to the earliest start, then the
 * smallest id; never stacked; 3) then at most one voucher per order; 4) no promotion takes a unit
 * below 10% of its list price (rounded up), except a flash deal's explicit price or a gift. All
 * amounts whole đồng.
 */
public final class Pricing {

    /** Ties between equal discounts: the earliest start, then the smallest id. */
    static final Comparator<PromotionTerms> TIE_BREAK = Comparator.comparing(
                    PromotionTerms::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PromotionTerms::id);

    private Pricing() {}

    /** One line the customer asked for. */
    public record Wanted(PricedProduct product, int quantity) {}

    /** The lowest a promotion may take one unit of this list price to: ceil(10%). */
    public static long floorUnit(long listPriceVnd) {
        return (listPriceVnd * 10 + 99) / 100;
    }

    /**
     * The live flash deal of the order's fair for this product, if any: the lowest price wins, ties
     * to the earliest start, then the smallest id.
     */
    public static Optional<PromotionTerms> flashDealFor(
            PricedProduct product, String fairId, List<PromotionTerms> promotions, Instant now) {
        if (fairId == null) {
            return Optional.empty();
        }
        return promotions.stream()
                .filter(p -> PromotionTerms.FLASH_DEAL.equals(p.kind()) && p.flashDeal() != null)
                .filter(p -> fairId.equals(p.fairId()) && p.liveAt(now))
                .filter(p -> product.productId().equals(p.flashDeal().productId()))
                .min(Comparator.comparingLong((PromotionTerms p) -> p.dealUnitPrice(product.listPriceVnd()))
                        .thenComparing(TIE_BREAK));
    }

    /** The voucher of the order's fair with this code (case-insensitive), live now. */
    public static PromotionTerms voucherFor(String code, String fairId, List<PromotionTerms> promotions, Instant now) {
        if (fairId == null) {
            throw new VoucherRefused("unknown-voucher", "vouchers apply only to orders placed at a fair");
        }
        return promotions.stream()
                .filter(p -> PromotionTerms.VOUCHER.equals(p.kind()) && p.voucher() != null)
                .filter(p -> fairId.equals(p.fairId()) && p.liveAt(now))
                .filter(p -> code.trim().equalsIgnoreCase(p.voucher().code()))
                .min(TIE_BREAK)
                .orElseThrow(() ->
                        new VoucherRefused("unknown-voucher", "no voucher " + code + " is valid at this fair now"));
    }

    /**
     * Prices an order.
     *
     * @param dealUnits per product, the flash-deal units this buyer was granted (at most the line's
     *     quantity)
     * @param voucherCode the voucher to use, or null
     */
    public static PricedOrder price(
            List<Wanted> wanted,
            String fairId,
            List<PromotionTerms> promotions,
            Map<String, Integer> dealUnits,
            String voucherCode,
            Instant now) {
        List<PriceLine> lines = new ArrayList<>();
        for (Wanted w : wanted) {
            PricedProduct product = w.product();
            int deal = Math.min(w.quantity(), dealUnits.getOrDefault(product.productId(), 0));
            if (deal > 0) {
                PromotionTerms flash = flashDealFor(product, fairId, promotions, now)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "deal units granted for " + product.productId() + " without a live flash deal"));
                long unit = flash.dealUnitPrice(product.listPriceVnd());
                lines.add(new PriceLine(
                        product,
                        deal,
                        unit,
                        (product.listPriceVnd() - unit) * deal,
                        flash.id(),
                        true,
                        Math.min(unit, floorUnit(product.listPriceVnd()))));
            }
            if (w.quantity() > deal) {
                lines.add(bestPromotion(product, w.quantity() - deal, fairId, promotions, now));
            }
        }
        if (voucherCode == null || voucherCode.isBlank()) {
            return new PricedOrder(lines, null, null, 0);
        }
        PromotionTerms voucher = voucherFor(voucherCode, fairId, promotions, now);
        return new PricedOrder(lines, voucher.voucher().code(), voucher.id(), voucherDiscount(voucher, lines));
    }

    /** The discount per unit a line promotion gives at this list price, floor included. */
    static long unitDiscount(PromotionTerms promotion, long listPriceVnd) {
        long raw = PromotionTerms.PERCENTAGE.equals(promotion.kind())
                ? listPriceVnd * promotion.percentOff() / 100
                : promotion.amountOffVnd();
        long price = Math.max(listPriceVnd - Math.max(0, raw), floorUnit(listPriceVnd));
        return Math.max(0, listPriceVnd - price);
    }

    static boolean isLinePromotion(PromotionTerms p) {
        return (PromotionTerms.PERCENTAGE.equals(p.kind()) && p.percentOff() != null)
                || (PromotionTerms.FIXED_AMOUNT.equals(p.kind()) && p.amountOffVnd() != null);
    }

    private static PriceLine bestPromotion(
            PricedProduct product, int quantity, String fairId, List<PromotionTerms> promotions, Instant now) {
        long list = product.listPriceVnd();
        Optional<PromotionTerms> best = fairId == null
                ? Optional.empty()
                : promotions.stream()
                        .filter(Pricing::isLinePromotion)
                        .filter(p -> fairId.equals(p.fairId()) && p.liveAt(now) && p.covers(product))
                        .filter(p -> unitDiscount(p, list) > 0)
                        .min(Comparator.comparingLong((PromotionTerms p) -> -unitDiscount(p, list))
                                .thenComparing(TIE_BREAK));
        long off = best.map(p -> unitDiscount(p, list)).orElse(0L);
        return new PriceLine(
                product,
                quantity,
                list - off,
                off * quantity,
                best.map(PromotionTerms::id).orElse(null),
                false,
                floorUnit(list));
    }

    private static long voucherDiscount(PromotionTerms voucher, List<PriceLine> lines) {
        PromotionTerms.Voucher terms = voucher.voucher();
        long orderValue = lines.stream().mapToLong(PriceLine::totalVnd).sum();
        if (orderValue < terms.minimumOrderVnd()) {
            throw new VoucherRefused(
                    "voucher-minimum-not-met",
                    "voucher " + terms.code() + " needs an order of at least " + terms.minimumOrderVnd() + " đồng");
        }
        List<PriceLine> eligible = lines.stream()
                .filter(l -> voucher.covers(l.product()))
                .filter(l -> terms.combinesWithPromotions() || l.promotionId() == null)
                .toList();
        if (eligible.isEmpty()) {
            throw new VoucherRefused(
                    "voucher-not-applicable", "voucher " + terms.code() + " applies to no line of this order");
        }
        long base = eligible.stream().mapToLong(PriceLine::totalVnd).sum();
        long raw = voucher.percentOff() != null
                ? base * voucher.percentOff() / 100
                : Math.min(base, voucher.amountOffVnd() == null ? 0 : voucher.amountOffVnd());
        long headroom = eligible.stream()
                .mapToLong(l -> l.totalVnd() - l.floorUnitVnd() * l.quantity())
                .sum();
        return Math.max(0, Math.min(raw, headroom));
    }
}
