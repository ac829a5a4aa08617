package vn.ocop.fair.notification;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ocop.fair.notification.Events.Record;

/**
 * A batch of order events handed over again (a consumer that crashed before committing its
 * offsets, a rebalance), or with the same record twice in it, stores and sends exactly one
 * notification per (event, recipient, channel).
 */
class RedeliveredBatchTest extends ServiceTest {

    @Autowired
    Events events;

    @Autowired
    MongoDatabase database;

    @Test
    void aRedeliveredBatchStoresAndSendsNothingTwice() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customer = "batch-" + run;
        String contactEmail = "buyer-" + run + "@example.vn";
        String producer = "htx-batch-" + run;
        String otherProducer = "htx-batch-other-" + run;
        Api.producer(port, producer).prefer("vi", "seller-" + run + "@example.vn", "EMAIL", "IN_APP");
        List<Record> batch = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, String> ids = Map.of(
                    Samples.CUSTOMER,
                    customer,
                    Samples.ORDER_ID,
                    UUID.randomUUID().toString(),
                    Samples.FAIR_ID,
                    UUID.randomUUID().toString(),
                    Samples.PRODUCER,
                    producer,
                    "htx-che-ba-vi",
                    otherProducer,
                    "an.nguyen@example.vn",
                    contactEmail);
            String placed = UUID.randomUUID().toString();
            String confirmed = UUID.randomUUID().toString();
            batch.add(new Record("OrderPlaced", placed, ids));
            batch.add(new Record("OrderConfirmed", confirmed, ids));
            batch.add(new Record("OrderConfirmed", confirmed, ids)); // the same record twice in one batch
            eventIds.add(placed);
            eventIds.add(confirmed);
        }

        events.deliverBatch(batch);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(TestMail.to(contactEmail)).hasSize(5));
        events.deliverBatch(batch); // redelivered after it was handled

        // per order: the customer in-app and by e-mail, each producer in-app, the one with an address by e-mail
        List<Document> stored = database.getCollection("notifications")
                .find(in("eventId", eventIds))
                .into(new ArrayList<>());
        assertThat(stored).hasSize(5 * 5);
        assertThat(stored.stream()
                        .map(d ->
                                d.getString("eventId") + " " + d.getString("recipient") + " " + d.getString("channel"))
                        .collect(Collectors.toSet()))
                .hasSize(5 * 5);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(database.getCollection("notifications")
                                .find(in("eventId", eventIds))
                                .map(d -> d.getString("status"))
                                .into(new ArrayList<>()))
                        .containsOnly("SENT"));
        assertThat(TestMail.to(contactEmail)).hasSize(5);
        assertThat(TestMail.to("seller-" + run + "@example.vn")).hasSize(5);
    }
}
