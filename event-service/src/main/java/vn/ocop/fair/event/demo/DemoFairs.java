package vn.ocop.fair.event.demo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.fair.event.application.BoothAllocation;
import vn.ocop.fair.event.application.Decision;
import vn.ocop.fair.event.application.ExhibitorApplication;
import vn.ocop.fair.event.application.ExhibitorApplications;
import vn.ocop.fair.event.booth.BoothLayout;
import vn.ocop.fair.event.booth.BoothLayout.BoothSpec;
import vn.ocop.fair.event.booth.BoothLayout.Grid;
import vn.ocop.fair.event.booth.BoothType;
import vn.ocop.fair.event.fair.EntryRules;
import vn.ocop.fair.event.fair.FairKind;
import vn.ocop.fair.event.fair.FairPlan;
import vn.ocop.fair.event.fair.FairPlanning;
import vn.ocop.fair.event.fair.Venue;
import vn.ocop.fair.event.fair.events.Promotion;
import vn.ocop.fair.event.product.CatalogProduct;
import vn.ocop.fair.event.product.CatalogProducts;
import vn.ocop.fair.event.programme.Activity;
import vn.ocop.fair.event.programme.ActivityKind;
import vn.ocop.fair.event.programme.FairProgramme;
import vn.ocop.fair.event.programme.Platform;
import vn.ocop.fair.event.promotion.FairPromotions;
import vn.ocop.fair.event.promotion.PromotionKind;
import vn.ocop.fair.event.promotion.Proposal;
import vn.ocop.fair.event.promotion.ScopeType;
import vn.ocop.fair.support.security.Caller;

/**
 * The local run's fairs, modelled on real ones and dated around today so they are alive whenever
 * the system starts: a trade week at Đống Đa Cultural Park with 50 booths (open since yesterday,
 * exhibitors assigned, a fair-wide discount and a voucher), a TikTok "OCOP Market" livestream
 * session (open, with a flash deal during its livestream), a Central & Highlands themed showcase
 * (published, in three weeks, only producers of those provinces) and a Red River Delta fair (still a
 * draft). Everything goes through the same use cases as an organiser's requests, so the events
 * reach the other services. A fair whose name exists already is left alone, so a restart adds
 * nothing. {@link DemoFairsStart} calls it once the catalogue's products have reached the read
 * model, because applications are checked against them.
 */
class DemoFairs {

    static final String TRADE_WEEK = "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa";
    static final String LIVESTREAM = "OCOP Market — phiên livestream TikTok";
    static final String SHOWCASE = "OCOP miền Trung và Tây Nguyên — sắc màu văn hóa";
    static final String DELTA_FAIR = "Hội chợ OCOP Đồng bằng sông Hồng";

    private static final Logger log = LoggerFactory.getLogger(DemoFairs.class);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Caller ORGANISER = Caller.system("demo-data");
    private static final String ORGANISER_ID = "so-nong-nghiep-ha-noi";

    /** Producers of the demo catalogue at the trade week, with the booths they would like. */
    static final Map<String, List<String>> EXHIBITORS = Map.ofEntries(
            Map.entry("htx-lua-van-phuc", List.of("A-01")),
            Map.entry("cty-gom-bat-trang", List.of("A-02")),
            Map.entry("htx-may-tre-phu-vinh", List.of("A-03")),
            Map.entry("htx-non-chuong", List.of("A-04")),
            Map.entry("htx-vun-art", List.of("A-05")),
            Map.entry("htx-che-ba-vi", List.of("C-01")),
            Map.entry("cty-sua-tuoi-ba-vi", List.of("C-02")),
            Map.entry("ho-nem-phung", List.of("C-03")),
            Map.entry("htx-gio-cha-uoc-le", List.of("C-04")),
            Map.entry("htx-mien-minh-hong", List.of("C-05")),
            Map.entry("htx-thuoc-nam-dao-ba-vi", List.of("E-01")),
            Map.entry("htx-huong-quang-phu-cau", List.of("E-02")));

    private final FairPlanning planning;
    private final BoothLayout layout;
    private final ExhibitorApplications applications;
    private final BoothAllocation allocation;
    private final FairProgramme programme;
    private final FairPromotions promotions;
    private final CatalogProducts products;
    private final MongoDatabase database;
    private final Clock clock;

    DemoFairs(
            FairPlanning planning,
            BoothLayout layout,
            ExhibitorApplications applications,
            BoothAllocation allocation,
            FairProgramme programme,
            FairPromotions promotions,
            CatalogProducts products,
            MongoDatabase eventDatabase,
            Clock clock) {
        this.planning = planning;
        this.layout = layout;
        this.applications = applications;
        this.allocation = allocation;
        this.programme = programme;
        this.promotions = promotions;
        this.products = products;
        this.database = eventDatabase;
        this.clock = clock;
    }

    /** How many listed products the read model has of each trade-week exhibitor. */
    Map<String, Integer> listedPerExhibitor() {
        return EXHIBITORS.keySet().stream()
                .collect(Collectors.toMap(
                        producer -> producer,
                        producer -> products.listedOf(producer).size()));
    }

    /** Creates the demo fairs that are not there yet. */
    void seed() {
        LocalDate today = LocalDate.now(clock.withZone(HANOI));
        int created = 0;
        if (absent(TRADE_WEEK)) {
            tradeWeek(today);
            created++;
        }
        if (absent(LIVESTREAM)) {
            livestreamSession(today);
            created++;
        }
        if (absent(SHOWCASE)) {
            showcase(today);
            created++;
        }
        if (absent(DELTA_FAIR)) {
            draft(new FairPlan(
                    DELTA_FAIR,
                    FairKind.FAIR,
                    "Đặc sản và làng nghề Đồng bằng sông Hồng",
                    new Venue("Cung Văn hóa Hữu nghị Việt Xô", "91 Trần Hưng Đạo", "Phường Cửa Nam", "Hà Nội"),
                    today.plusDays(45),
                    today.plusDays(49),
                    LocalTime.of(8, 30),
                    LocalTime.of(21, 30),
                    new EntryRules(
                            3,
                            List.of("Hà Nội", "Hải Phòng", "Hưng Yên", "Ninh Bình", "Bắc Ninh", "Quảng Ninh"),
                            2,
                            30)));
            created++;
        }
        log.info("Demo fairs: {} created, {} already there", created, 4 - created);
    }

    /** 50 booths in five rows, a dozen exhibitors assigned, 10% off handicrafts and a voucher. */
    private void tradeWeek(LocalDate today) {
        String id = draft(new FairPlan(
                TRADE_WEEK,
                FairKind.TRADE_WEEK,
                "Sản phẩm OCOP và làng nghề Hà Nội",
                new Venue("Công viên Văn hóa Đống Đa", "Số 1 Tây Sơn", "Phường Đống Đa", "Hà Nội"),
                today.minusDays(1),
                today.plusDays(3),
                LocalTime.of(8, 0),
                LocalTime.of(22, 0),
                new EntryRules(3, List.of(), 2, 50)));
        layout.addGrid(
                id,
                new BoothSpec("Khu A — Thủ công mỹ nghệ", BoothType.STANDARD, 9, 3_000_000),
                new Grid('A', 2, 1, 10, 0, 0));
        layout.addGrid(
                id,
                new BoothSpec("Khu B — Thực phẩm và đồ uống", BoothType.STANDARD, 9, 3_000_000),
                new Grid('C', 2, 1, 10, 0, 3));
        layout.addGrid(
                id,
                new BoothSpec("Khu C — Gian hàng góc và dược liệu", BoothType.CORNER, 12, 4_500_000),
                new Grid('E', 1, 1, 10, 0, 6));
        planning.publish(id);
        for (Map.Entry<String, List<String>> exhibitor : EXHIBITORS.entrySet()) {
            List<String> theirs = products.listedOf(exhibitor.getKey()).stream()
                    .map(CatalogProduct::productId)
                    .toList();
            if (theirs.isEmpty()) {
                continue;
            }
            try {
                exhibit(id, exhibitor.getKey(), theirs, exhibitor.getValue());
            } catch (RuntimeException refused) {
                log.warn("Demo fairs: {} not assigned at the trade week: {}", exhibitor.getKey(), refused.getMessage());
            }
        }
        Instant from = at(today.minusDays(1), LocalTime.of(8, 0));
        Instant until = at(today.plusDays(3), LocalTime.of(22, 0));
        promotions.announce(
                id,
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
                id,
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

    /** Today and tomorrow; a livestream of Vạn Phúc silk with a flash deal on its scarf. */
    private void livestreamSession(LocalDate today) {
        String id = draft(new FairPlan(
                LIVESTREAM,
                FairKind.LIVESTREAM_SESSION,
                "Livestream bán hàng OCOP Hà Nội trên TikTok",
                new Venue("Trường quay OCOP Market", "Số 2 Phạm Ngọc Thạch", "Phường Kim Liên", "Hà Nội"),
                today,
                today.plusDays(1),
                LocalTime.of(8, 0),
                LocalTime.of(22, 0),
                new EntryRules(4, List.of(), 1, 100)));
        layout.addGrid(id, new BoothSpec("Trường quay", BoothType.PREMIUM, 20, 0), new Grid('L', 1, 1, 2, 0, 0));
        planning.publish(id);
        List<CatalogProduct> silk = products.listedOf("htx-lua-van-phuc");
        CatalogProduct scarf = silk.stream()
                .filter(p -> p.name().startsWith("Khăn lụa"))
                .findFirst()
                .orElse(silk.get(0));
        exhibit(id, "htx-lua-van-phuc", List.of(scarf.productId()), List.of("L-01"));

        Instant[] slot = livestreamSlot(today);
        Activity livestream = programme
                .schedule(
                        id,
                        new Activity(
                                "new",
                                ActivityKind.LIVESTREAM,
                                "Livestream: Lụa Vạn Phúc — từ khung cửi đến tay bạn",
                                null,
                                "L-01",
                                slot[0],
                                slot[1],
                                new Activity.Livestream(
                                        Platform.TIKTOK, "Nguyễn Thu Hà", "https://www.tiktok.com/@ocopmarket/live"),
                                List.of("htx-lua-van-phuc"),
                                List.of(scarf.productId())))
                .activity();
        promotions.announce(
                id,
                new Proposal(
                        "Flash deal khăn lụa Vạn Phúc trong livestream",
                        PromotionKind.FLASH_DEAL,
                        ScopeType.PRODUCTS,
                        List.of(scarf.productId()),
                        null,
                        null,
                        slot[0],
                        slot[1],
                        null,
                        new Promotion.FlashDeal(livestream.id(), scarf.productId(), 299_000, 100, 2, false)));
    }

    /** Three weeks ahead, 24 booths, only producers of the Central and Central Highlands provinces. */
    private void showcase(LocalDate today) {
        String id = draft(new FairPlan(
                SHOWCASE,
                FairKind.THEMED_SHOWCASE,
                "Sản phẩm OCOP gắn với văn hóa các tỉnh miền Trung và Tây Nguyên",
                new Venue("Trung tâm Văn hóa Hà Nội", "Số 2 Tràng Tiền", "Phường Hoàn Kiếm", "Hà Nội"),
                today.plusDays(21),
                today.plusDays(25),
                LocalTime.of(8, 0),
                LocalTime.of(21, 0),
                new EntryRules(
                        3,
                        List.of(
                                "Thanh Hóa",
                                "Nghệ An",
                                "Hà Tĩnh",
                                "Quảng Trị",
                                "Huế",
                                "Đà Nẵng",
                                "Quảng Ngãi",
                                "Gia Lai",
                                "Đắk Lắk",
                                "Khánh Hòa",
                                "Lâm Đồng"),
                        2,
                        50)));
        layout.addGrid(
                id, new BoothSpec("Khu Tây Nguyên", BoothType.STANDARD, 9, 2_500_000), new Grid('T', 2, 1, 12, 0, 0));
        planning.publish(id);
    }

    /**
     * Two hours for the livestream: from this hour when the session is still on for two hours
     * today, else tomorrow evening.
     */
    private Instant[] livestreamSlot(LocalDate today) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(HANOI)).truncatedTo(ChronoUnit.HOURS);
        ZonedDateTime start = now.toLocalTime().isBefore(LocalTime.of(8, 0))
                ? today.atTime(8, 0).atZone(HANOI)
                : now.toLocalTime().isAfter(LocalTime.of(19, 59))
                        ? today.plusDays(1).atTime(19, 0).atZone(HANOI)
                        : now;
        return new Instant[] {start.toInstant(), start.plusHours(2).toInstant()};
    }

    /** Drafts the fair as the demo organiser; answers its id. */
    private String draft(FairPlan plan) {
        return planning.draft(plan, ORGANISER_ID, ORGANISER).id();
    }

    /** The producer applies with its products for the booths it prefers, is approved and gets the first. */
    private void exhibit(String fairId, String producerId, List<String> productIds, List<String> booths) {
        ExhibitorApplication applied = applications.apply(fairId, ORGANISER, producerId, productIds, booths);
        applications.decide(fairId, applied.id(), Decision.APPROVED, null);
        allocation.assign(fairId, booths.get(0), applied.id(), null, null);
    }

    private boolean absent(String name) {
        return database.getCollection("fairs").countDocuments(Filters.eq("name", name)) == 0;
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(HANOI).toInstant();
    }
}
