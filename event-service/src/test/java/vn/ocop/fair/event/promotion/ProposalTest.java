package vn.ocop.fair.event.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.fair.event.fair.Fair;
import vn.ocop.fair.event.fair.FairStatus;
import vn.ocop.fair.event.fair.TestPlans;
import vn.ocop.fair.event.fair.events.Promotion;
import vn.ocop.fair.event.programme.Activity;
import vn.ocop.fair.event.programme.ActivityKind;
import vn.ocop.fair.event.programme.Platform;

class ProposalTest {

    static final Fair FAIR = TestPlans.fair(
            FairStatus.PUBLISHED, TestPlans.tradeWeek(LocalDate.parse("2030-05-21"), LocalDate.parse("2030-05-25")));
    static final Instant OPENING = Instant.parse("2030-05-21T01:00:00Z");
    static final Instant CLOSING = Instant.parse("2030-05-25T15:00:00Z");
    static final String SCARF = "0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11";
    static final Activity LIVESTREAM = new Activity(
            "live-1",
            ActivityKind.LIVESTREAM,
            "Livestream lụa Vạn Phúc",
            null,
            "A-01",
            Instant.parse("2030-05-22T12:00:00Z"),
            Instant.parse("2030-05-22T13:00:00Z"),
            new Activity.Livestream(Platform.TIKTOK, "Nguyễn Thu Hà", "https://www.tiktok.com/@ocopmarket/live"),
            List.of("htx-lua-van-phuc"),
            List.of(SCARF));

    static Proposal percentage(int percent, Instant from, Instant until) {
        return new Proposal(
                "Giảm giá khai mạc",
                PromotionKind.PERCENTAGE,
                ScopeType.FAIR,
                null,
                percent,
                null,
                from,
                until,
                null,
                null);
    }

    static Proposal flashDeal(long price, boolean gift, int units, int cap) {
        return flashDeal(new Promotion.FlashDeal("live-1", SCARF, price, units, cap, gift));
    }

    static Proposal flashDeal(Promotion.FlashDeal deal) {
        return new Proposal(
                "Flash deal khăn lụa", PromotionKind.FLASH_DEAL, null, null, null, null, null, null, null, deal);
    }

    @Test
    void announcesAPercentageValidForTheWholeFair() {
        Promotion promotion = percentage(20, OPENING, CLOSING).promotion("p-1", FAIR, null);

        assertThat(promotion.version()).isEqualTo(1);
        assertThat(promotion.kind()).isEqualTo("PERCENTAGE");
        assertThat(promotion.scope()).isEqualTo(new Promotion.Scope("FAIR", List.of()));
        assertThat(promotion.percentOff()).isEqualTo(20);
    }

    @Test
    void refusesAWindowThatStartsBeforeTheFairOpensOrEndsAfterItCloses() {
        assertThatThrownBy(
                        () -> percentage(20, OPENING.minusSeconds(1), CLOSING).promotion("p", FAIR, null))
                .hasMessageContaining("must lie inside the fair");
        assertThatThrownBy(() -> percentage(20, OPENING, CLOSING.plusSeconds(1)).promotion("p", FAIR, null))
                .hasMessageContaining("must lie inside the fair");
        assertThatThrownBy(() -> percentage(20, CLOSING, OPENING).promotion("p", FAIR, null))
                .hasMessageContaining("validFrom before validUntil");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 91, -5})
    void refusesAPercentageOutsideOneToNinety(int percent) {
        assertThatThrownBy(() -> percentage(percent, OPENING, CLOSING).promotion("p", FAIR, null))
                .hasMessageContaining("percentOff must be between 1 and 90");
    }

    @Test
    void takesAFlashDealsWindowAndScopeFromItsLivestream() {
        Promotion deal = flashDeal(299_000, false, 100, 2).promotion("p-2", FAIR, LIVESTREAM);

        assertThat(deal.validFrom()).isEqualTo(LIVESTREAM.startsAt());
        assertThat(deal.validUntil()).isEqualTo(LIVESTREAM.endsAt());
        assertThat(deal.scope()).isEqualTo(new Promotion.Scope("PRODUCTS", List.of(SCARF)));
        assertThat(deal.flashDeal().dealPriceVnd()).isEqualTo(299_000);
    }

    @Test
    void refusesAFlashDealNotTiedToALivestreamOfTheFair() {
        Activity workshop = new Activity(
                "live-1",
                ActivityKind.WORKSHOP,
                "Dệt lụa",
                "Sân khấu chính",
                null,
                LIVESTREAM.startsAt(),
                LIVESTREAM.endsAt(),
                null,
                List.of(),
                List.of(SCARF));

        assertThatThrownBy(() -> flashDeal(299_000, false, 100, 2).promotion("p", FAIR, null))
                .hasMessageContaining("tied to a LIVESTREAM of the same fair");
        assertThatThrownBy(() -> flashDeal(299_000, false, 100, 2).promotion("p", FAIR, workshop))
                .hasMessageContaining("tied to a LIVESTREAM of the same fair");
    }

    @Test
    void refusesAFlashDealOnAProductTheLivestreamDoesNotFeature() {
        Proposal other = flashDeal(new Promotion.FlashDeal("live-1", "another-product", 10_000, 10, 1, false));

        assertThatThrownBy(() -> other.promotion("p", FAIR, LIVESTREAM)).hasMessageContaining("is not featured");
    }

    @ParameterizedTest(name = "price {0}, gift {1}: allowed {2}")
    @CsvSource({"0, false, false", "-1, false, false", "0, true, true", "1000, true, false", "1, false, true"})
    void givesAProductAwayOnlyWhenTheDealSaysGift(long price, boolean gift, boolean allowed) {
        if (allowed) {
            assertThat(flashDeal(price, gift, 10, 1)
                            .promotion("p", FAIR, LIVESTREAM)
                            .flashDeal()
                            .gift())
                    .isEqualTo(gift);
        } else {
            assertThatThrownBy(() -> flashDeal(price, gift, 10, 1).promotion("p", FAIR, LIVESTREAM))
                    .hasMessageContaining("only a gift (gift: true) has price 0");
        }
    }

    @Test
    void refusesAPerBuyerCapAboveTheUnits() {
        assertThatThrownBy(() -> flashDeal(1000, false, 5, 6).promotion("p", FAIR, LIVESTREAM))
                .hasMessageContaining("perBuyerCap");
    }

    @Test
    void normalisesAVoucherCodeAndNeedsExactlyOneDiscount() {
        Promotion.Voucher terms = new Promotion.Voucher("ocop-2030", 500, 1, 300_000, false);
        Proposal voucher = new Proposal(
                "Voucher", PromotionKind.VOUCHER, null, null, null, 50_000L, OPENING, CLOSING, terms, null);
        Proposal both =
                new Proposal("Voucher", PromotionKind.VOUCHER, null, null, 10, 50_000L, OPENING, CLOSING, terms, null);

        assertThat(voucher.promotion("p", FAIR, null).voucher().code()).isEqualTo("OCOP-2030");
        assertThatThrownBy(() -> both.promotion("p", FAIR, null))
                .hasMessageContaining("either percentOff or amountOffVnd");
    }

    @Test
    void refusesAGroupScopeNamingNoOcopGroup() {
        Proposal scoped = new Proposal(
                "Giảm giá thủ công",
                PromotionKind.FIXED_AMOUNT,
                ScopeType.GROUP,
                List.of("HANDICRAFT", "JEWELLERY"),
                null,
                20_000L,
                OPENING,
                CLOSING,
                null,
                null);

        assertThatThrownBy(() -> scoped.promotion("p", FAIR, null))
                .hasMessageContaining("JEWELLERY is not an OCOP group");
    }
}
