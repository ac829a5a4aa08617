package vn.ocop.fair.order.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.fair.order.pricing.Promos.FAIR;
import static vn.ocop.fair.order.pricing.Promos.NOW;
import static vn.ocop.fair.order.pricing.Promos.UNTIL;
import static vn.ocop.fair.order.pricing.Promos.amount;
import static vn.ocop.fair.order.pricing.Promos.flash;
import static vn.ocop.fair.order.pricing.Promos.percent;
import static vn.ocop.fair.order.pricing.Promos.product;
import static vn.ocop.fair.order.pricing.Promos.voucher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricingTest {

    static final PricedProduct SILK = product("silk", "htx-lua-van-phuc", "HANDICRAFT", 450_000);
    static final PricedProduct TEA = product("tea", "htx-che-ba-vi", "BEVERAGE", 180_000);

    private static PricedOrder price(List<Pricing.Wanted> wanted, List<PromotionTerms> promotions) {
        return Pricing.price(wanted, FAIR, promotions, Map.of(), null, NOW);
    }

    private static PricedOrder one(PricedProduct product, int quantity, PromotionTerms... promotions) {
        return price(List.of(new Pricing.Wanted(product, quantity)), List.of(promotions));
    }

    @Test
    void pricesAtListPriceWithoutPromotions() {
        PricedOrder order = one(SILK, 2);

        assertThat(order.lines()).singleElement().satisfies(l -> {
            assertThat(l.unitPriceVnd()).isEqualTo(450_000);
            assertThat(l.promotionId()).isNull();
        });
        assertThat(order.totalVnd()).isEqualTo(900_000);
        assertThat(order.discountVnd()).isZero();
    }

    @Test
    void appliesTheSinglePromotionWithTheBiggestDiscount() {
        PricedOrder order = one(SILK, 2, percent("p10", 10, "FAIR"), amount("a50k", 50_000, "FAIR"));

        PriceLine line = order.lines().get(0);
        assertThat(line.promotionId()).isEqualTo("a50k");
        assertThat(line.unitPriceVnd()).isEqualTo(400_000);
        assertThat(line.discountVnd()).isEqualTo(100_000);
        assertThat(order.totalVnd()).isEqualTo(800_000);
    }

    @Test
    void neverStacksTwoPromotionsOnALine() {
        PricedOrder order = one(TEA, 1, percent("p20", 20, "FAIR"), percent("p30", 30, "GROUP", "BEVERAGE"));

        assertThat(order.lines().get(0).unitPriceVnd()).isEqualTo(126_000); // 30% only, not 50%
    }

    @Test
    void breaksTiesByTheEarliestStartThenTheSmallestId() {
        PromotionTerms later = Promos.from(percent("a-later", 10, "FAIR"), Instant.parse("2026-05-22T00:00:00Z"));
        PromotionTerms earlier = amount("z-earlier", 18_000, "FAIR");
        assertThat(one(TEA, 1, later, earlier).lines().get(0).promotionId()).isEqualTo("z-earlier");

        assertThat(one(TEA, 1, amount("b", 18_000, "FAIR"), percent("a", 10, "FAIR"))
                        .lines()
                        .get(0)
                        .promotionId())
                .isEqualTo("a");
    }

    @Test
    void takesTheCheapestFlashDealThenTheEarliestThenTheSmallestId() {
        PromotionTerms cheaper = flash("z-cheaper", "silk", 290_000, 10, 2, false);
        PromotionTerms dearer = flash("a-dearer", "silk", 299_000, 10, 2, false);
        assertThat(Pricing.flashDealFor(SILK, FAIR, List.of(dearer, cheaper), NOW))
                .hasValueSatisfying(deal -> assertThat(deal.id()).isEqualTo("z-cheaper"));

        PromotionTerms later =
                Promos.from(flash("a-later", "silk", 299_000, 10, 2, false), Instant.parse("2026-05-22T00:00:00Z"));
        PromotionTerms earlier = flash("z-earlier", "silk", 299_000, 10, 2, false);
        assertThat(Pricing.flashDealFor(SILK, FAIR, List.of(later, earlier), NOW))
                .hasValueSatisfying(deal -> assertThat(deal.id()).isEqualTo("z-earlier"));

        PromotionTerms b = flash("b", "silk", 299_000, 10, 2, false);
        PromotionTerms a = flash("a", "silk", 299_000, 10, 2, false);
        assertThat(Pricing.flashDealFor(SILK, FAIR, List.of(b, a), NOW))
                .hasValueSatisfying(deal -> assertThat(deal.id()).isEqualTo("a"));
    }

    @Test
    void choosesByScopeGroupProducerAndProducts() {
        List<PromotionTerms> promotions = List.of(
                percent("group", 10, "GROUP", "HANDICRAFT"),
                percent("producer", 20, "PRODUCER", "htx-che-ba-vi"),
                percent("products", 5, "PRODUCTS", "silk"));

        PricedOrder order = price(List.of(new Pricing.Wanted(SILK, 1), new Pricing.Wanted(TEA, 1)), promotions);

        assertThat(order.lines()).extracting(PriceLine::promotionId).containsExactly("group", "producer");
    }

    @Test
    void ignoresWithdrawnExpiredAndOtherFairsPromotions() {
        PromotionTerms expired = Promos.from(percent("expired", 50, "FAIR"), UNTIL);
        PromotionTerms other = new PromotionTerms(
                "other", "fair-2", "PERCENTAGE", "FAIR", List.of(), 50, null, null, null, null, null, false);

        PricedOrder order = one(TEA, 1, Promos.withdrawn(percent("gone", 50, "FAIR")), expired, other);

        assertThat(order.lines().get(0).promotionId()).isNull();
        assertThat(order.totalVnd()).isEqualTo(180_000);
    }

    @Test
    void keepsEveryUnitAtTenPercentOfItsListPriceRoundedUp() {
        PricedProduct odd = product("odd", 12_345);

        PricedOrder order = one(odd, 3, amount("huge", 1_000_000, "FAIR"));

        assertThat(Pricing.floorUnit(12_345)).isEqualTo(1_235);
        assertThat(order.lines().get(0).unitPriceVnd()).isEqualTo(1_235);
        assertThat(order.totalVnd()).isEqualTo(3 * 1_235);
    }

    @Test
    void roundsPercentDiscountsDown() {
        PricedOrder order = one(product("odd", 999), 1, percent("p15", 15, "FAIR"));

        assertThat(order.lines().get(0).unitPriceVnd()).isEqualTo(999 - 149);
    }

    @Test
    void ordersOutsideAFairGetNoFairPromotionsNorVouchers() {
        PricedOrder order = Pricing.price(
                List.of(new Pricing.Wanted(TEA, 1)), null, List.of(percent("p", 50, "FAIR")), Map.of(), null, NOW);

        assertThat(order.totalVnd()).isEqualTo(180_000);
        assertThatThrownBy(() ->
                        Pricing.price(List.of(new Pricing.Wanted(TEA, 1)), null, List.of(), Map.of(), "HANOI10", NOW))
                .isInstanceOf(VoucherRefused.class);
    }

    @Test
    void sellsTheGrantedDealUnitsAtTheDealPriceAndTheRestUnderTheBestPromotion() {
        List<PromotionTerms> promotions =
                List.of(flash("flash", "silk", 299_000, 100, 2, false), percent("p10", 10, "FAIR"));

        PricedOrder order =
                Pricing.price(List.of(new Pricing.Wanted(SILK, 3)), FAIR, promotions, Map.of("silk", 2), null, NOW);

        assertThat(order.lines()).hasSize(2);
        assertThat(order.lines().get(0)).satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.unitPriceVnd()).isEqualTo(299_000);
            assertThat(l.flashDeal()).isTrue();
            assertThat(l.promotionId()).isEqualTo("flash");
        });
        assertThat(order.lines().get(1)).satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(1);
            assertThat(l.unitPriceVnd()).isEqualTo(405_000);
            assertThat(l.promotionId()).isEqualTo("p10");
        });
        assertThat(order.totalVnd()).isEqualTo(2 * 299_000 + 405_000);
    }

    @Test
    void givesAGiftAwayAtZeroBelowTheFloor() {
        PricedOrder order = Pricing.price(
                List.of(new Pricing.Wanted(TEA, 1)),
                FAIR,
                List.of(flash("gift", "tea", 0, 10, 1, true)),
                Map.of("tea", 1),
                null,
                NOW);

        assertThat(order.lines().get(0).unitPriceVnd()).isZero();
        assertThat(order.totalVnd()).isZero();
    }

    @Test
    void matchesTheVoucherCodeWhateverItsCase() {
        PricedOrder order = Pricing.price(
                List.of(new Pricing.Wanted(TEA, 2)),
                FAIR,
                List.of(voucher("v", "HANOI10", 10, null, 0, true, "FAIR")),
                Map.of(),
                "hanoi10",
                NOW);

        assertThat(order.voucherCode()).isEqualTo("HANOI10");
        assertThat(order.voucherDiscountVnd()).isEqualTo(36_000);
        assertThat(order.totalVnd()).isEqualTo(324_000);
        assertThat(order.discountVnd()).isEqualTo(36_000);
    }

    @Test
    void aVoucherThatDoesNotCombineSkipsDiscountedLines() {
        PricedOrder order = Pricing.price(
                List.of(new Pricing.Wanted(SILK, 1), new Pricing.Wanted(TEA, 1)),
                FAIR,
                List.of(
                        percent("silk10", 10, "PRODUCTS", "silk"),
                        voucher("v", "TET", null, 50_000L, 0, false, "FAIR")),
                Map.of(),
                "TET",
                NOW);

        assertThat(order.voucherDiscountVnd()).isEqualTo(50_000);
        assertThat(order.totalVnd()).isEqualTo(405_000 + 180_000 - 50_000);
    }

    @Test
    void refusesAVoucherBelowItsMinimumOrUnknown() {
        List<PromotionTerms> promotions = List.of(voucher("v", "BIG", 10, null, 1_000_000, true, "FAIR"));
        List<Pricing.Wanted> tea = List.of(new Pricing.Wanted(TEA, 1));

        assertThatThrownBy(() -> Pricing.price(tea, FAIR, promotions, Map.of(), "BIG", NOW))
                .isInstanceOfSatisfying(
                        VoucherRefused.class, e -> assertThat(e.reason()).isEqualTo("voucher-minimum-not-met"));
        assertThatThrownBy(() -> Pricing.price(tea, FAIR, promotions, Map.of(), "NOPE", NOW))
                .isInstanceOfSatisfying(
                        VoucherRefused.class, e -> assertThat(e.reason()).isEqualTo("unknown-voucher"));
    }

    @Test
    void capsTheVoucherSoNoLineFallsBelowItsFloor() {
        PricedOrder order = Pricing.price(
                List.of(new Pricing.Wanted(TEA, 1)),
                FAIR,
                List.of(percent("p90", 90, "FAIR"), voucher("v", "ALL", null, 1_000_000L, 0, true, "FAIR")),
                Map.of(),
                "ALL",
                NOW);

        assertThat(order.lines().get(0).unitPriceVnd()).isEqualTo(18_000);
        assertThat(order.voucherDiscountVnd()).isZero();
        assertThat(order.totalVnd()).isEqualTo(18_000);
    }
}
