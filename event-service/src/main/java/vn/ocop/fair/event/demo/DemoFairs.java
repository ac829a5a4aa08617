package vn.ocop.fair.event.demo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.fair.event.booth.BoothLayout;
import vn.ocop.fair.event.booth.BoothLayout.BoothSpec;
import vn.ocop.fair.event.booth.BoothLayout.Grid;
import vn.ocop.fair.event.booth.BoothType;
import vn.ocop.fair.event.fair.EntryRules;
import vn.ocop.fair.event.fair.FairKind;
import vn.ocop.fair.event.fair.FairPlan;
import vn.ocop.fair.event.fair.FairPlanning;
import vn.ocop.fair.event.fair.Venue;
import vn.ocop.fair.event.product.CatalogProduct;
import vn.ocop.fair.support.security.Caller;

/**
 * The local run's fairs, modelled on real ones and dated around today so they are alive whenever
 * the system starts: a trade week at Đống Đa Cultural Park with 50 booths (open since yesterday,
 * exhibitors assigned, a fair-wide discount and a voucher), a TikTok "OCOP Market" livestream
 * session (open, with a flash deal during its livestream), a Central & Highlands themed showcase
 * (published, in three weeks, only producers of those provinces) and a Red River Delta fair (still a
 * draft). Everything goes through the same use cases as an organiser's requests, so the events
 * reach the other services: the fairs and their booths here, the exhibitors in {@link
 * DemoExhibitors}, the programme and promotions in {@link DemoOffers}. A fair whose name exists already is left alone, so a restart adds
 * nothing. {@link DemoFairsStart} calls it once the catalogue's products have reached the read
 * model, because applications are checked against them.
 */
class DemoFairs {

    static final String TRADE_WEEK = "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa";
    static final String LIVESTREAM = "OCOP Market — phiên livestream TikTok";
    static final String SHOWCASE = "OCOP miền Trung và Tây Nguyên — sắc màu văn hóa";
    static final String DELTA_FAIR = "Hội chợ OCOP Đồng bằng sông Hồng";

    /** The organiser the demo acts as. */
    static final Caller ORGANISER = Caller.system("demo-data");

    private static final Logger log = LoggerFactory.getLogger(DemoFairs.class);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ORGANISER_ID = "so-nong-nghiep-ha-noi";

    private final FairPlanning planning;
    private final BoothLayout layout;
    private final DemoExhibitors exhibitors;
    private final DemoOffers offers;
    private final MongoDatabase database;

    DemoFairs(
            FairPlanning planning,
            BoothLayout layout,
            DemoExhibitors exhibitors,
            DemoOffers offers,
            MongoDatabase eventDatabase) {
        this.planning = planning;
        this.layout = layout;
        this.exhibitors = exhibitors;
        this.offers = offers;
        this.database = eventDatabase;
    }

    /** Creates the demo fairs that are not there yet, dated around {@code now}. */
    void seed(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, HANOI);
        int created = 0;
        if (absent(TRADE_WEEK)) {
            tradeWeek(today);
            created++;
        }
        if (absent(LIVESTREAM)) {
            livestreamSession(now);
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
        exhibitors.exhibitAll(id);
        offers.tradeWeekPromotions(
                id, at(today.minusDays(1), LocalTime.of(8, 0)), at(today.plusDays(3), LocalTime.of(22, 0)));
    }

    /** Today and tomorrow; a livestream of Vạn Phúc silk with a flash deal on its scarf. */
    private void livestreamSession(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, HANOI);
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
        CatalogProduct scarf = exhibitors.silkScarfAt(id, "L-01");
        Instant[] slot = livestreamSlot(now);
        offers.silkLivestream(id, "L-01", scarf, slot[0], slot[1]);
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
    private static Instant[] livestreamSlot(Instant instant) {
        ZonedDateTime now = instant.atZone(HANOI).truncatedTo(ChronoUnit.HOURS);
        LocalDate today = now.toLocalDate();
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

    private boolean absent(String name) {
        return database.getCollection("fairs").countDocuments(Filters.eq("name", name)) == 0;
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(HANOI).toInstant();
    }
}
