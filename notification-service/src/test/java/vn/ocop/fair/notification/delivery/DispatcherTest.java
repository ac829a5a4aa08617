package vn.ocop.fair.notification.delivery;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.notification.NotificationProperties;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.notification.NotificationMetrics;
import vn.ocop.fair.notification.notification.Notifications;
import vn.ocop.fair.testsupport.SharedInfrastructure;

/**
 * The sender loop over the shared MongoDB with a stand-in sender: retries with back-off until sent,
 * a final FAILED with the last error, and sends left half-done by a crash resumed.
 */
class DispatcherTest {

    static final NotificationProperties PROPERTIES = new NotificationProperties(
            "unused",
            "test@ocop-fair.vn",
            new NotificationProperties.Delivery(
                    Duration.ofMillis(100),
                    10,
                    3,
                    Duration.ofMillis(50),
                    Duration.ofMillis(200),
                    Duration.ofMinutes(2),
                    Duration.ofMillis(50),
                    2,
                    1000),
            new NotificationProperties.Webhook(
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    50,
                    3,
                    Duration.ofSeconds(1),
                    2,
                    List.of(),
                    Duration.ofSeconds(2)),
            new NotificationProperties.Reminders(18, Duration.ofHours(1)),
            Duration.ofSeconds(15),
            false);

    MongoClient client;
    MongoCollection<Document> collection;
    Notifications notifications;
    SimpleMeterRegistry meters;
    Dispatcher dispatcher;
    final AtomicInteger calls = new AtomicInteger();
    volatile int failuresBeforeSuccess;

    @BeforeEach
    void start() {
        client = MongoClients.create(SharedInfrastructure.endpoints().mongoConnectionString());
        MongoDatabase database = client.getDatabase("dispatcher-test-" + UUID.randomUUID());
        collection = database.getCollection("notifications");
        notifications = new Notifications(database);
        meters = new SimpleMeterRegistry();
        Sender sender = new Sender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public Outcome send(Document notification) {
                return calls.incrementAndGet() <= failuresBeforeSuccess
                        ? new Outcome.Failed("550 mailbox unavailable")
                        : new Outcome.Sent("ok");
            }
        };
        dispatcher = new Dispatcher(
                notifications,
                List.of(sender),
                new NotificationMetrics(meters, notifications),
                PROPERTIES,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        dispatcher.destroy();
        client.close();
    }

    @Test
    void retriesAFailedSendUntilItGoesThrough() {
        failuresBeforeSuccess = 2;
        String id = pending("PENDING", Instant.now());

        dispatcher.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(id)));
        Document sent = collection.find(eq("_id", id)).first();
        assertThat(sent.getInteger("attempts")).isEqualTo(3);
        assertThat(sent.getList("log", Document.class))
                .extracting(d -> d.getString("outcome"))
                .containsExactly("RETRY", "RETRY", "SENT");
        assertThat(meters.counter("ocop.notifications", "channel", "EMAIL", "type", "ORDER_PAID", "outcome", "sent")
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void endsFailedWithTheLastErrorAfterTheLastAttempt() {
        failuresBeforeSuccess = Integer.MAX_VALUE;
        String id = pending("PENDING", Instant.now());

        dispatcher.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id)));
        Document failed = collection.find(eq("_id", id)).first();
        assertThat(failed.getInteger("attempts")).isEqualTo(3);
        assertThat(failed.getString("lastError")).isEqualTo("550 mailbox unavailable");
        assertThat(calls.get()).isEqualTo(3);
        assertThat(meters.counter("ocop.notifications", "channel", "EMAIL", "type", "ORDER_PAID", "outcome", "failed")
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void resumesASendAbandonedByACrashOnceItsLeaseRunsOut() {
        String id = pending("SENDING", Instant.now().minusSeconds(1)); // claimed before a crash, lease over

        dispatcher.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(id)));
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void leavesASendAloneUntilItIsDue() {
        String id = pending("PENDING", Instant.now().plus(Duration.ofHours(1)));

        dispatcher.wake();
        String other = pending("PENDING", Instant.now());
        dispatcher.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(other)));
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(meters.get("ocop.notifications.pending")
                        .tag("channel", "EMAIL")
                        .gauge()
                        .value())
                .isEqualTo(1.0);
    }

    @Test
    void doublesTheWaitAfterEachFailureUpToTheMaximum() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofMillis(50));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(dispatcher.backoff(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(dispatcher.backoff(30)).isEqualTo(Duration.ofMillis(200));
    }

    private String pending(String status, Instant due) {
        String id = UUID.randomUUID().toString();
        notifications.insert(new Document("_id", id)
                .append("eventId", "e-" + id)
                .append("recipient", "customer:test")
                .append("channel", "EMAIL")
                .append("type", "ORDER_PAID")
                .append("status", status)
                .append("dueAt", Date.from(due))
                .append("eventTime", Date.from(Instant.now()))
                .append("attempts", 0));
        return id;
    }

    private String status(String id) {
        return collection.find(eq("_id", id)).first().getString("status");
    }
}
