package vn.ocop.fair.event.demo;

import java.time.Instant;
import java.util.List;
import vn.ocop.fair.event.fair.events.Promotion;
import vn.ocop.fair.event.product.CatalogProduct;
import vn.ocop.fair.event.programme.Activity;
import vn.ocop.fair.event.programme.ActivityKind;
import vn.ocop.fair.event.programme.FairProgramme;
import vn.ocop.fair.event.programme.Platform;
import vn.ocop.fair.event.promotion.FairPromotions;
import vn.ocop.fair.event.promotion.PromotionKind;
import vn.ocop.fair.event.promotion.Proposal;
import vn.ocop.fair.event.promotion.ScopeType;

/** What is on offer at the demo fairs: the trade week's promotions and a livestream with its flash deal. */
class DemoOffers {

    private final FairProgramme programme;
    private final FairPromotions promotions;

    DemoOffers(FairProgramme programme, FairPromotions promotions) {
        this.programme = programme;
        this.promotions = promotions;
    }

    /** 10% off handicrafts and a voucher, both from {@code from} until {@code until}. */
    void tradeWeekPromotions(String fairId, Instant from, Instant until) {
        promotions.announce(
                fairId,
                new Proposal(
                        "Giảm 10% hàng thủ công mỹ nghệ",
                        PromotionKind.PERCENTAGE,
                        ScopeType.GROUP,
                        List.of("HANDICRAFT"),
                        10,
                        null,
                        from,
                        until,
                        null,
                        null));
        promotions.announce(
                fairId,
                new Proposal(
                        "Mã OCOPDONGDA giảm 50.000 ₫ cho đơn từ 500.000 ₫",
                        PromotionKind.VOUCHER,
                        ScopeType.FAIR,
                        List.of(),
                        null,
                        50_000L,
                        from,
                        until,
                        new Promotion.Voucher("OCOPDONGDA", 500, 1, 500_000, false),
                        null));
    }

    /** A livestream of Vạn Phúc silk from {@code booth}, with a flash deal on the scarf while it is on. */
    void silkLivestream(String fairId, String booth, CatalogProduct scarf, Instant startsAt, Instant endsAt) {
        Activity livestream = programme
                .schedule(
                        fairId,
                        new Activity(
                                "new",
                                ActivityKind.LIVESTREAM,
                                "Livestream: Lụa Vạn Phúc — từ khung cửi đến tay bạn",
                                null,
                                booth,
                                startsAt,
                                endsAt,
                                new Activity.Livestream(
                                        Platform.TIKTOK, "Nguyễn Thu Hà", "https://www.tiktok.com/@ocopmarket/live"),
                                List.of(scarf.producerId()),
                                List.of(scarf.productId())))
                .activity();
        promotions.announce(
                fairId,
                new Proposal(
                        "Flash deal khăn lụa Vạn Phúc trong livestream",
                        PromotionKind.FLASH_DEAL,
                        ScopeType.PRODUCTS,
                        List.of(scarf.productId()),
                        null,
                        null,
                        startsAt,
                        endsAt,
                        null,
                        new Promotion.FlashDeal(livestream.id(), scarf.productId(), 299_000, 100, 2, false)));
    }
}
