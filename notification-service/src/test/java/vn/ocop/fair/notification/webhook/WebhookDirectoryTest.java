package vn.ocop.fair.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.testsupport.SharedInfrastructure;

/** Which webhooks an event batch is matched against: a directory kept in memory, read again when old. */
class WebhookDirectoryTest {

    private final AtomicLong nanos = new AtomicLong();
    private MongoClient client;
    private MongoDatabase database;
    private Webhooks webhooks;

    @BeforeEach
    void connect() {
        client = MongoClients.create(SharedInfrastructure.endpoints().mongoConnectionString());
        database = client.getDatabase("webhook-directory-test");
        database.getCollection("webhooks").drop();
        webhooks = new Webhooks(database, Duration.ofSeconds(2), nanos::get);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void matchesEachEventTypeWithTheWebhooksThatWantIt() {
        Document stock = register("StockLow");
        Document all = register(Webhooks.ALL);

        assertThat(ids(webhooks.wanting(Set.of("StockLow")))).containsExactlyInAnyOrder(id(stock), id(all));
        assertThat(ids(webhooks.wanting(Set.of("OrderPaid")))).containsExactly(id(all));
    }

    @Test
    void seesARegistrationOrRemovalOnThisInstanceAtOnce() {
        assertThat(webhooks.wanting(Set.of("OrderPaid"))).isEmpty();

        Document paid = register("OrderPaid");
        assertThat(ids(webhooks.wanting(Set.of("OrderPaid")))).containsExactly(id(paid));

        webhooks.remove(id(paid), "organiser");
        assertThat(webhooks.wanting(Set.of("OrderPaid"))).isEmpty();
    }

    @Test
    void seesWebhooksRegisteredElsewhereOnceItsCopyIsOlderThanTheRefresh() {
        assertThat(webhooks.wanting(Set.of("OrderPaid"))).isEmpty();
        Webhooks otherInstance = new Webhooks(database, Duration.ofSeconds(2), nanos::get);
        Document paid = otherInstance.register("organiser", "https://hooks.example.vn/a", List.of("OrderPaid"), now());

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(webhooks.wanting(Set.of("OrderPaid")))
                .as("still the copy read a second ago")
                .isEmpty();

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(ids(webhooks.wanting(Set.of("OrderPaid")))).containsExactly(id(paid));
    }

    private Document register(String eventType) {
        return webhooks.register("organiser", "https://hooks.example.vn/" + eventType, List.of(eventType), now());
    }

    private static Instant now() {
        return Instant.parse("2026-12-03T09:00:00Z");
    }

    private static String id(Document webhook) {
        return webhook.getString("_id");
    }

    private static List<String> ids(List<Document> webhooks) {
        return webhooks.stream().map(WebhookDirectoryTest::id).toList();
    }
}
