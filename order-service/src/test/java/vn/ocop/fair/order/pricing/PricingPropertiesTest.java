package vn.ocop.fair.order.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.order.pricing.Promos.FAIR;
import static vn.ocop.fair.order.pricing.Promos.NOW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The pricing rule over random products, promotions, deals and vouchers, against a brute-force oracle. */
class PricingPropertiesTest {

    record Scenario(
            List<Pricing.Wanted> wanted,
            List<PromotionTerms> promotions,
            Map<String, Integer> dealUnits,
            String voucherCode) {}

    @Property(tries = 500)
    void neverPricesAUnitBelowItsFloorUnlessAFlashDealSaysSo(@ForAll("scenarios") Scenario s) {
        PricedOrder order = priceOrNull(s);
        if (order == null) {
            return;
        }
        for (PriceLine line : order.lines()) {
            long list = line.product().listPriceVnd();
            if (line.flashDeal()) {
                assertThat(line.unitPriceVnd()).isBetween(0L, list);
            } else {
                assertThat(line.unitPriceVnd()).isBetween(Pricing.floorUnit(list), list);
            }
        }
        long floors = order.lines().stream()
                .mapToLong(l -> l.floorUnitVnd() * l.quantity())
                .sum();
        assertThat(order.totalVnd()).isGreaterThanOrEqualTo(floors).isNotNegative();
    }

    @Property(tries = 500)
    void totalsAreTheSumOfTheLinesLessTheVoucher(@ForAll("scenarios") Scenario s) {
        PricedOrder order = priceOrNull(s);
        if (order == null) {
            return;
        }
        long lines = 0;
        long list = 0;
        for (PriceLine line : order.lines()) {
            lines += line.unitPriceVnd() * line.quantity();
            list += line.product().listPriceVnd() * line.quantity();
            assertThat(line.discountVnd())
                    .isEqualTo((line.product().listPriceVnd() - line.unitPriceVnd()) * line.quantity());
        }
        assertThat(order.voucherDiscountVnd()).isNotNegative().isLessThanOrEqualTo(lines);
        assertThat(order.totalVnd()).isEqualTo(lines - order.voucherDiscountVnd());
        assertThat(order.subtotalVnd()).isEqualTo(list);
        assertThat(order.discountVnd()).isEqualTo(list - order.totalVnd()).isNotNegative();
        int units = s.wanted().stream().mapToInt(Pricing.Wanted::quantity).sum();
        assertThat(order.lines().stream().mapToInt(PriceLine::quantity).sum()).isEqualTo(units);
    }

    @Property(tries = 500)
    void appliesTheDocumentedWinnerToEveryNormalLine(@ForAll("scenarios") Scenario s) {
        PricedOrder order = priceOrNull(s);
        if (order == null) {
            return;
        }
        for (PriceLine line : order.lines()) {
            if (!line.flashDeal()) {
                Oracle winner = oracle(line.product(), s.promotions());
                assertThat(line.promotionId()).isEqualTo(winner.id());
                assertThat(line.unitPriceVnd()).isEqualTo(line.product().listPriceVnd() - winner.unitDiscount());
            }
        }
    }

    private static PricedOrder priceOrNull(Scenario s) {
        try {
            return Pricing.price(s.wanted(), FAIR, s.promotions(), s.dealUnits(), s.voucherCode(), NOW);
        } catch (VoucherRefused refused) {
            return null; // a refused voucher is a valid outcome; the other properties cover priced orders
        }
    }

    record Oracle(String id, long unitDiscount) {}

    /**
     * The winner by brute force: a promotion wins if no other live, in-scope line promotion of the
     * fair gives more off, or as much and starts earlier, or as much at the same start with a
     * smaller id.
     */
    private static Oracle oracle(PricedProduct product, List<PromotionTerms> promotions) {
        long list = product.listPriceVnd();
        long floor = (list * 10 + 99) / 100;
        List<PromotionTerms> candidates = new ArrayList<>();
        for (PromotionTerms p : promotions) {
            boolean lineKind = p.kind().equals("PERCENTAGE") || p.kind().equals("FIXED_AMOUNT");
            boolean live = !p.withdrawn() && !NOW.isBefore(p.validFrom()) && NOW.isBefore(p.validUntil());
            if (lineKind && live && p.fairId().equals(FAIR) && p.covers(product) && off(p, list, floor) > 0) {
                candidates.add(p);
            }
        }
        for (PromotionTerms p : candidates) {
            boolean beaten = false;
            for (PromotionTerms q : candidates) {
                long dp = off(p, list, floor);
                long dq = off(q, list, floor);
                if (dq > dp
                        || (dq == dp && q.validFrom().isBefore(p.validFrom()))
                        || (dq == dp && q.validFrom().equals(p.validFrom()) && q.id().compareTo(p.id()) < 0)) {
                    beaten = true;
                }
            }
            if (!beaten) {
                return new Oracle(p.id(), off(p, list, floor));
            }
        }
        return new Oracle(null, 0);
    }

    private static long off(PromotionTerms p, long list, long floor) {
        long raw = p.kind().equals("PERCENTAGE") ? list * p.percentOff() / 100 : p.amountOffVnd();
        return list - Math.max(list - raw, floor);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<PricedProduct> products = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.of("p-a", "p-b", "p-c"),
                        Arbitraries.of("FOOD", "BEVERAGE", "HANDICRAFT"),
                        Arbitraries.longs().between(1, 5_000_000))
                .as((i, producer, group, price) ->
                        new PricedProduct("prod-" + i, "Sản phẩm " + i, producer, group, price));
        Arbitrary<List<Pricing.Wanted>> wanted = Combinators.combine(
                        products, Arbitraries.integers().between(1, 20))
                .as(Pricing.Wanted::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .uniqueElements(w -> w.product().productId());
        Arbitrary<Instant> starts = Arbitraries.of(
                Instant.parse("2026-05-21T01:00:00Z"),
                Instant.parse("2026-05-22T01:00:00Z"),
                Instant.parse("2026-05-23T01:00:00Z")); // the last one is not live yet
        Arbitrary<PromotionTerms> linePromotions = Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'f').ofLength(2),
                        Arbitraries.of("PERCENTAGE", "FIXED_AMOUNT"),
                        Arbitraries.of("FAIR", "GROUP", "PRODUCER", "PRODUCTS"),
                        Arbitraries.integers().between(1, 90),
                        Arbitraries.longs().between(1, 3_000_000),
                        starts,
                        Arbitraries.of(false, false, false, true),
                        Arbitraries.of("FOOD", "p-b", "prod-1", "prod-2", "BEVERAGE"))
                .as((id, kind, scope, pct, amount, from, withdrawn, value) -> new PromotionTerms(
                        id,
                        FAIR,
                        kind,
                        scope,
                        scope.equals("FAIR") ? List.of() : List.of(value),
                        kind.equals("PERCENTAGE") ? pct : null,
                        kind.equals("FIXED_AMOUNT") ? amount : null,
                        from,
                        Instant.parse("2026-05-25T15:00:00Z"),
                        null,
                        null,
                        withdrawn));
        Arbitrary<PromotionTerms> vouchers = Combinators.combine(
                        Arbitraries.of(10, 50, 90, 0),
                        Arbitraries.longs().between(1, 10_000_000),
                        Arbitraries.longs().between(0, 2_000_000),
                        Arbitraries.of(true, false),
                        Arbitraries.of("FAIR", "GROUP"))
                .as((pct, amount, minimum, combines, scope) -> new PromotionTerms(
                        "voucher",
                        FAIR,
                        "VOUCHER",
                        scope,
                        List.of("FOOD"),
                        pct == 0 ? null : pct,
                        pct == 0 ? amount : null,
                        Instant.parse("2026-05-21T01:00:00Z"),
                        Instant.parse("2026-05-25T15:00:00Z"),
                        new PromotionTerms.Voucher("VUI", 100, 1, minimum, combines),
                        null,
                        false));
        Arbitrary<PromotionTerms> flash = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.longs().between(0, 6_000_000),
                        Arbitraries.of(true, false))
                .as((i, price, gift) -> new PromotionTerms(
                        "flash-" + i,
                        FAIR,
                        "FLASH_DEAL",
                        "PRODUCTS",
                        List.of("prod-" + i),
                        null,
                        null,
                        Instant.parse("2026-05-21T01:00:00Z"),
                        Instant.parse("2026-05-25T15:00:00Z"),
                        null,
                        new PromotionTerms.FlashDeal("prod-" + i, price, 100, 3, gift),
                        false));
        return Combinators.combine(
                        wanted,
                        linePromotions.list().ofMaxSize(6).uniqueElements(PromotionTerms::id),
                        vouchers.optional(),
                        flash.list().ofMaxSize(2).uniqueElements(PromotionTerms::id),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false))
                .as((w, lines, voucher, deals, granted, useVoucher) -> {
                    List<PromotionTerms> all = new ArrayList<>(lines);
                    voucher.ifPresent(all::add);
                    all.addAll(deals);
                    Map<String, Integer> dealUnits = new HashMap<>();
                    for (PromotionTerms deal : deals) {
                        w.stream()
                                .filter(x -> x.product()
                                        .productId()
                                        .equals(deal.flashDeal().productId()))
                                .findFirst()
                                .ifPresent(
                                        x -> dealUnits.put(x.product().productId(), Math.min(granted, x.quantity())));
                    }
                    return new Scenario(w, all, dealUnits, useVoucher && voucher.isPresent() ? "vui" : null);
                });
    }
}
