package vn.ocop.fair.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.notification.fair.FairReminders;
import vn.ocop.fair.notification.fair.FlashDealAlarm;

/**
 * Every event type of the producers' samples, in the order a fair lives them, in Vietnamese and in
 * English: who is told, and the key content of what they read. Ids are made unique per run
 * (recipients too), so each language's run reads only its own messages.
 */
class NotificationsForEveryEventTest extends ServiceTest {

    @Autowired
    Events events;

    @Autowired
    MongoDatabase database;

    @Autowired
    FairReminders reminders;

    @Autowired
    FlashDealAlarm flashDeals;

    MongoCollection<Document> notifications;
    Map<String, String> ids;
    String lang;
    String customer;
    String producer;
    String fair;
    String orderRef;

    @BeforeEach
    void collection() {
        notifications = database.getCollection("notifications");
    }

    void start(String language) {
        lang = language;
        String run = UUID.randomUUID().toString().substring(0, 8);
        customer = "an-" + lang + "-" + run;
        producer = "htx-" + lang + "-" + run;
        fair = UUID.randomUUID().toString();
        String order = UUID.randomUUID().toString();
        orderRef = order.replace("-", "").substring(0, 8).toUpperCase();
        ids = new HashMap<>(Map.of(
                Samples.FAIR_ID,
                fair,
                Samples.ORDER_ID,
                order,
                Samples.CUSTOMER,
                customer,
                Samples.PRODUCER,
                producer,
                Samples.PROMOTION_ID,
                UUID.randomUUID().toString(),
                Samples.ACTIVITY_ID,
                UUID.randomUUID().toString()));
        Api.customer(port, customer).prefer(lang, null, "IN_APP");
        Api.producer(port, producer).prefer(lang, null, "IN_APP");
        Api.organiser(port).prefer(lang, null, "IN_APP");
        Api.customer(port, customer).follow("FAIR", fair);
        Api.customer(port, customer).follow("PRODUCER", producer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void tellsEachRecipientOfEveryEventInTheirLanguage(String language) {
        start(language);
        String fairName = "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa";
        String customerKey = "customer:" + customer;
        String producerKey = "producer:" + producer;

        assertThat(mine(deliver("FairScheduled"))).isEmpty();

        expect(
                deliver("FairPublished"),
                customerKey,
                "FAIR_PUBLISHED",
                List.of(
                        fairName + " đã công bố lịch",
                        "từ 21/05/2026 đến 25/05/2026",
                        "08:00–22:00",
                        "Công viên Văn hóa Đống Đa, Số 1 Tây Sơn, Phường Đống Đa, Hà Nội"),
                List.of(fairName + " is announced", "from 21/05/2026 to 25/05/2026", "08:00–22:00"));

        assertThat(reminders.remind(Instant.parse("2026-05-20T10:59:00Z"))).isZero(); // 17:59 in Hanoi
        reminders.remind(Instant.parse("2026-05-20T11:30:00Z")); // 18:30 in Hanoi, the day before
        reminders.remind(Instant.parse("2026-05-20T12:30:00Z")); // a later check sends nothing more
        String tomorrow = "fair-opens-tomorrow:" + fair + ":2026-05-21";
        assertThat(mine(tomorrow)).hasSize(1);
        expect(
                tomorrow,
                customerKey,
                "FAIR_OPENS_TOMORROW",
                List.of("Ngày mai " + fairName + " khai mạc", "21/05/2026", "từ 08:00 đến 22:00"),
                List.of(fairName + " opens tomorrow", "21/05/2026", "from 08:00 to 22:00"));

        expect(
                deliver("ExhibitorApplied"),
                "organisers",
                "APPLICATION_RECEIVED",
                List.of("Đơn đăng ký gian hàng mới: " + producer, "A-01, A-02", fairName),
                List.of("New booth application: " + producer, "preferred booths: A-01, A-02", fairName));

        expect(
                deliver("ExhibitorApplicationDecided"),
                producerKey,
                "APPLICATION_WAITLISTED",
                List.of("vị trí 3", "Khu A đã kín gian hàng", fairName),
                List.of("number 3 on the waiting list", "Khu A đã kín gian hàng"));
        expect(
                deliver("ExhibitorApplicationDecided", "\"WAITLISTED\"", "\"APPROVED\""),
                producerKey,
                "APPLICATION_APPROVED",
                List.of("đã được duyệt", fairName),
                List.of("is approved"));
        expect(
                deliver("ExhibitorApplicationDecided", "\"WAITLISTED\"", "\"REJECTED\""),
                producerKey,
                "APPLICATION_REJECTED",
                List.of("không được duyệt", "Lý do: Khu A đã kín gian hàng"),
                List.of("declined", "Reason: Khu A đã kín gian hàng"));

        expect(
                deliver("BoothAssigned"),
                producerKey,
                "BOOTH_ASSIGNED",
                List.of(
                        "gian hàng A-01 tại " + fairName,
                        "Khu A — Thủ công mỹ nghệ",
                        "từ 21/05/2026 đến 25/05/2026",
                        "2 sản phẩm"),
                List.of(
                        "booth A-01 at " + fairName,
                        "Khu A — Thủ công mỹ nghệ",
                        "from 21/05/2026 to 25/05/2026",
                        "2 product(s)"));

        assertThat(mine(deliver("ActivityScheduled"))).isEmpty();

        String placed = deliver("OrderPlaced");
        expect(
                placed,
                producerKey,
                "ORDER_RECEIVED",
                List.of("Đơn hàng mới " + orderRef, "Khăn lụa tơ tằm Vạn Phúc × 2: 810.000 ₫", "gian hàng A-01"),
                List.of("New order " + orderRef, "Khăn lụa tơ tằm Vạn Phúc × 2: 810.000 ₫", "booth A-01"));
        expect(
                placed,
                "producer:htx-che-ba-vi",
                "ORDER_RECEIVED",
                List.of("Trà shan tuyết Ba Vì × 1: 180.000 ₫"),
                List.of("Trà shan tuyết Ba Vì × 1: 180.000 ₫"));
        assertThat(recipients(placed)).doesNotContain(customerKey);

        expect(
                deliver("OrderConfirmed"),
                customerKey,
                "ORDER_CONFIRMED",
                List.of(
                        "Đơn hàng " + orderRef + " đã được xác nhận",
                        "Nguyễn Văn An",
                        "Tổng tiền: 990.000 ₫",
                        "trước 21/05/2026 10:00",
                        "gian hàng A-01"),
                List.of(
                        "Order " + orderRef + " is confirmed",
                        "Total: 990.000 ₫",
                        "by 21/05/2026 10:00",
                        "booth A-01"));

        expect(
                deliver("OrderRejected"),
                customerKey,
                "ORDER_REJECTED",
                List.of("Sản phẩm đã hết hàng", "Trà shan tuyết Ba Vì: hết hàng (còn 0)"),
                List.of("could not be accepted", "Trà shan tuyết Ba Vì: out of stock (0 left)"));

        expect(
                deliver("OrderCancelled"),
                customerKey,
                "ORDER_CANCELLED",
                List.of("đã bị hủy theo yêu cầu của bạn", "Lý do: Khách đổi ý"),
                List.of("was cancelled at your request", "Reason: Khách đổi ý"));

        expect(
                deliver("OrderExpired"),
                customerKey,
                "ORDER_EXPIRED",
                List.of("hết hạn thanh toán", "trước 21/05/2026 09:30"),
                List.of("expired unpaid", "by 21/05/2026 09:30"));

        expect(
                deliver("OrderPaid"),
                customerKey,
                "ORDER_PAID",
                List.of("Đã nhận thanh toán", "990.000 ₫", "VCB-20260521-000123", "gian hàng A-01"),
                List.of("Payment received", "990.000 ₫", "reference VCB-20260521-000123", "booth A-01"));

        String opened = deliver("FairOpened");
        expect(
                opened,
                customerKey,
                "FAIR_OPENED",
                List.of(fairName + " đã mở cửa", "đến 22:00"),
                List.of(fairName + " is open", "until 22:00"));
        expect(
                opened,
                "organisers",
                "FAIR_OPENED_SUMMARY",
                List.of("Gian hàng đã phân: 1", "đã thanh toán: 1 (990.000 ₫)"),
                List.of("Booths assigned: 1", "paid: 1 (990.000 ₫)"));
        expect(
                opened + ":" + ids.get(Samples.ORDER_ID),
                customerKey,
                "ORDER_READY_FOR_PICKUP",
                List.of("sẵn sàng để nhận tại gian hàng A-01"),
                List.of("ready for pickup at booth A-01"));

        expect(
                deliver("OrderPaid"),
                customerKey,
                "ORDER_READY_FOR_PICKUP",
                List.of("Đơn hàng " + orderRef + " đã sẵn sàng để nhận", "(990.000 ₫)"),
                List.of("Order " + orderRef + " is ready for pickup", "(990.000 ₫)"));

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        deliver(
                "PromotionAnnounced",
                Map.of(
                        "2026-05-22T12:00:00Z", now.minusSeconds(60).toString(),
                        "2026-05-22T13:00:00Z", now.plusSeconds(3600).toString()));
        String deal = "flash-deal:" + ids.get(Samples.PROMOTION_ID);
        assertThat(mine(deal)).as("the deal started already: told at once").hasSize(1);
        expect(
                deal,
                customerKey,
                "FLASH_DEAL_STARTED",
                List.of(
                        "Flash deal bắt đầu: Flash deal khăn lụa Vạn Phúc",
                        "Giá chỉ 299.000 ₫",
                        "100 suất",
                        "tối đa 2",
                        "Lụa Vạn Phúc — từ khung cửi đến tay bạn",
                        "Nguyễn Thu Hà",
                        "https://www.tiktok.com/@ocopmarket/live"),
                List.of(
                        "Flash deal on now: Flash deal khăn lụa Vạn Phúc",
                        "Only 299.000 ₫",
                        "100 units",
                        "at most 2 per buyer",
                        "https://www.tiktok.com/@ocopmarket/live"));

        expect(
                deliver("BoothReleased"),
                producerKey,
                "BOOTH_RELEASED",
                List.of("Gian hàng A-01 tại " + fairName + " đã được trả", "Chủ thể xin rút khỏi hội chợ"),
                List.of("Booth A-01 at " + fairName + " is released", "Chủ thể xin rút khỏi hội chợ"));

        expect(
                deliver("FairClosed"),
                "organisers",
                "FAIR_CLOSED_SUMMARY",
                List.of("Bế mạc " + fairName + ": doanh thu 990.000 ₫", "Gian hàng: 0", "đã thanh toán: 1"),
                List.of(fairName + " closed: 990.000 ₫ paid", "Booths: 0", "paid: 1"));

        expect(
                deliver("FairCancelled"),
                customerKey,
                "FAIR_CANCELLED",
                List.of(fairName + " đã bị hủy", "Hoãn do thời tiết xấu"),
                List.of(fairName + " is cancelled", "Hoãn do thời tiết xấu"));

        assertThat(mine(deliver("ProductListed"))).isEmpty(); // its name only
        expect(
                deliver("StockLow"),
                producerKey,
                "STOCK_LOW",
                List.of("Sắp hết hàng: Khăn lụa tơ tằm Vạn Phúc", "chỉ còn 4", "ngưỡng cảnh báo 5"),
                List.of("Stock low: Khăn lụa tơ tằm Vạn Phúc", "Only 4", "threshold 5"));

        expect(
                deliver("CertificateExpiring"),
                producerKey,
                "CERTIFICATE_EXPIRING",
                List.of("hết hạn sau 30 ngày", "1521/QĐ-UBND", "12/04/2027"),
                List.of("expires in 30 days", "1521/QĐ-UBND", "12/04/2027"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void tellsFollowersWhenAFlashDealStartsLaterNotBefore(String language) {
        start(language);
        deliver("FairPublished");
        deliver("ActivityScheduled");
        Instant from = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        deliver(
                "PromotionAnnounced",
                Map.of(
                        "2026-05-22T12:00:00Z",
                        from.toString(),
                        "2026-05-22T13:00:00Z",
                        from.plusSeconds(3600).toString()));
        String deal = "flash-deal:" + ids.get(Samples.PROMOTION_ID);
        assertThat(mine(deal)).as("not started yet").isEmpty();

        flashDeals.fireDue(from.plusSeconds(60));
        flashDeals.fireDue(from.plusSeconds(120));

        assertThat(mine(deal)).hasSize(1);
        expect(
                deal,
                "customer:" + customer,
                "FLASH_DEAL_STARTED",
                List.of("Flash deal bắt đầu"),
                List.of("Flash deal on now"));
    }

    private String deliver(String event) {
        return events.deliver(event, ids);
    }

    private String deliver(String event, String from, String to) {
        Map<String, String> replacements = new HashMap<>(ids);
        replacements.put(from, to);
        return events.deliver(event, replacements);
    }

    private String deliver(String event, Map<String, String> more) {
        Map<String, String> replacements = new HashMap<>(ids);
        replacements.putAll(more);
        return events.deliver(event, replacements);
    }

    /** The in-app notifications of an event to this run's customer or producer (organisers are shared). */
    private List<Document> mine(String eventId) {
        return notifications.find(and(eq("eventId", eventId), eq("channel", "IN_APP"))).into(new ArrayList<>()).stream()
                .filter(d -> d.getString("recipient").endsWith(customer)
                        || d.getString("recipient").endsWith(producer)
                        || d.getString("recipient").equals("organisers"))
                .toList();
    }

    private List<String> recipients(String eventId) {
        return notifications
                .find(eq("eventId", eventId))
                .map(d -> d.getString("recipient"))
                .into(new ArrayList<>());
    }

    private void expect(String eventId, String recipient, String type, List<String> vi, List<String> en) {
        Document found = notifications
                .find(and(eq("eventId", eventId), eq("recipient", recipient), eq("channel", "IN_APP")))
                .first();
        assertThat(found).as("%s to %s", type, recipient).isNotNull();
        assertThat(found.getString("type")).isEqualTo(type);
        String text = found.getString("subject") + "\n" + found.getString("body");
        // a producer outside the run (htx-che-ba-vi) has the default language, Vietnamese
        boolean english = "en".equals(lang) && !recipient.equals("producer:htx-che-ba-vi");
        List<String> wanted = english ? en : vi;
        assertThat(text).as("%s in %s", type, lang).contains(wanted);
        assertThat(text).doesNotContain("{{", "null");
    }
}
