package vn.ocop.fair.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.notification.template.Formats;

/** E-mails go over real SMTP (the test JVM's GreenMail) and are read back from it. */
class EmailDeliveryTest extends ServiceTest {

    @Autowired
    Events events;

    @Autowired
    MongoDatabase database;

    MongoCollection<Document> notifications;
    String customer;
    String contactEmail;
    Map<String, String> ids;
    String orderRef;

    @BeforeEach
    void newCustomer() {
        notifications = database.getCollection("notifications");
        String run = UUID.randomUUID().toString().substring(0, 8);
        customer = "mail-" + run;
        contactEmail = "an-" + run + "@example.vn";
        String order = UUID.randomUUID().toString();
        orderRef = order.replace("-", "").substring(0, 8).toUpperCase();
        ids = Samples.ownOrder(customer, order);
        ids.put("an.nguyen@example.vn", contactEmail);
    }

    @Test
    void emailsTheOrdersContactInVietnameseWhenTheCustomerSetNoAddress() throws Exception {
        Api.customer(port, customer).prefer("vi", null, "EMAIL", "IN_APP");

        events.deliver("OrderPlaced", ids);
        String confirmed = events.deliver("OrderConfirmed", ids);

        MimeMessage mail = awaitMail(contactEmail);
        assertThat(mail.getSubject()).isEqualTo("Đơn hàng " + orderRef + " đã được xác nhận");
        assertThat((String) mail.getContent())
                .contains("Xin chào Nguyễn Văn An", "Tổng tiền: 990.000 ₫", "trước 21/05/2026 10:00", "gian hàng A-01");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@ocop-fair.vn");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(email(confirmed).getString("status")).isEqualTo("SENT"));
    }

    @Test
    void emailsTheAddressTheCustomerChoseInEnglish() throws Exception {
        String chosen = customer + "@mail.example.com";
        Api.customer(port, customer).prefer("en", chosen, "EMAIL", "IN_APP");

        events.deliver("OrderPlaced", ids);
        events.deliver("OrderConfirmed", ids);

        MimeMessage mail = awaitMail(chosen);
        assertThat(mail.getSubject()).isEqualTo("Order " + orderRef + " is confirmed");
        assertThat((String) mail.getContent()).contains("Total: 990.000 ₫", "Please pay by 21/05/2026 10:00");
        assertThat(TestMail.to(contactEmail)).isEmpty();
    }

    @Test
    void holdsNonUrgentEmailsDuringQuietHoursButSendsUrgentOnes() throws Exception {
        LocalTime local = Instant.now().atZone(Formats.LOCAL_TIME).toLocalTime();
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        Api.customer(port, customer)
                .put(
                        "/api/notifications/preferences",
                        Map.of(
                                "language",
                                "vi",
                                "channels",
                                List.of("EMAIL", "IN_APP"),
                                "quietHours",
                                Map.of(
                                        "from", local.minusHours(1).format(hhmm),
                                        "to", local.plusHours(2).format(hhmm))));

        events.deliver("OrderPlaced", ids);
        String cancelled = events.deliver("OrderCancelled", ids);
        String rejected = events.deliver("OrderRejected", ids);

        MimeMessage urgent = awaitMail(contactEmail);
        assertThat(urgent.getSubject()).contains("không thể thực hiện");
        Document held = email(cancelled);
        assertThat(held.getString("status")).isEqualTo("PENDING");
        assertThat(held.getDate("dueAt").toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(100)));
        assertThat(TestMail.to(contactEmail)).hasSize(1);
        assertThat(email(rejected).getString("status")).isEqualTo("SENT");
        assertThat(notifications
                        .find(and(eq("eventId", cancelled), eq("channel", "IN_APP")))
                        .first())
                .as("in-app is never held")
                .isNotNull();
    }

    private Document email(String eventId) {
        return notifications
                .find(and(eq("eventId", eventId), eq("channel", "EMAIL")))
                .first();
    }

    private static MimeMessage awaitMail(String address) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !TestMail.to(address).isEmpty());
        return TestMail.to(address).get(0);
    }
}
