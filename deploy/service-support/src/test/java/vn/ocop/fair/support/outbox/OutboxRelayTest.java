package vn.ocop.fair.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import vn.ocop.fair.local.EmbeddedMongoServer;
import vn.ocop.fair.local.FreePorts;
import vn.ocop.fair.local.Topics;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.SharedInfrastructure;

/**
 * The relay against a wire server of its own, which counts the queries it answered by reading a
 * whole collection: the relay must never be one of them, however many documents are stored.
 */
class OutboxRelayTest {

    private static final int STORED = 20_000;

    private static EmbeddedMongoServer server;
    private static MongoClient client;
    private static MongoCollection<Document> orders;

    private final RecordingPublisher publisher = new RecordingPublisher();
    private OutboxRelay relay;

    @BeforeAll
    static void storeManyDocuments() {
        server = EmbeddedMongoServer.inMemory(FreePorts.next()).start();
        client = MongoClients.create(server.connectionString());
        orders = client.getDatabase("relay").getCollection("orders");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < STORED; i++) {
            batch.add(new Document("_id", "stored-" + i).append("status", "CONFIRMED"));
            if (batch.size() == 2_000) {
                orders.insertMany(batch);
                batch.clear();
            }
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void newRelay() {
        orders.deleteMany(Filters.regex("_id", "^order-"));
        relay = new OutboxRelay(orders, publisher, Duration.ofMinutes(1), 100, new SimpleMeterRegistry());
    }

    @Test
    void drainsTheDocumentItWasWokenForWithoutReadingTheCollection() {
        String id = newOrder("placed", "confirmed");
        long scans = server.fullScans();

        relay.wake(id);
        int published = relay.relayPending();

        assertThat(published).isEqualTo(2);
        assertThat(publisher.types(id)).containsExactly("placed", "confirmed");
        assertThat(server.fullScans()).isEqualTo(scans);
        assertDrained(id);
    }

    @Test
    void findsEventsNobodyWokeItForThroughThePendingMarkerWithoutReadingTheCollection() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = newOrder();
            orders.updateOne(Filters.eq("_id", id), Outbox.append(List.of(event(id, "confirmed"))));
            ids.add(id);
        }
        long scans = server.fullScans();

        int published = relay.relayPending();

        assertThat(published).isEqualTo(3);
        ids.forEach(id -> assertThat(publisher.types(id)).containsExactly("confirmed"));
        assertThat(server.fullScans()).isEqualTo(scans);
        ids.forEach(this::assertDrained);
    }

    @Test
    void sendsTheLaterEventsOfAnAggregateOnlyAfterTheOneThatFailed() {
        String id = newOrder("placed", "confirmed", "paid");
        publisher.failOnce("confirmed");

        relay.wake(id);
        int firstPass = relay.relayWoken();

        assertThat(firstPass).isEqualTo(-1);
        assertThat(publisher.types(id)).containsExactly("placed");
        assertThat(outboxTypes(id)).containsExactly("confirmed", "paid");
        assertThat(orders.find(Filters.eq("_id", id)).first()).containsKey(Outbox.PENDING);

        int secondPass = relay.relayPending();

        assertThat(secondPass).isEqualTo(2);
        assertThat(publisher.attempts(id)).containsExactly("placed", "confirmed", "confirmed", "paid");
        assertThat(publisher.types(id)).containsExactly("placed", "confirmed", "paid");
        assertDrained(id);
    }

    @Test
    void recognisesAnOutboxThatStillHoldsExactlyTheEventsReadSoOneWriteEmptiesIt() {
        String id = newOrder("placed");
        List<OutboxEntry> read = outbox(id);

        assertThat(orders.countDocuments(OutboxRelay.holdsExactly(id, read))).isEqualTo(1);

        orders.updateOne(Filters.eq("_id", id), Outbox.append(List.of(event(id, "confirmed"))));

        assertThat(orders.countDocuments(OutboxRelay.holdsExactly(id, read))).isZero();
        assertThat(orders.countDocuments(OutboxRelay.holdsExactly(id, outbox(id))))
                .isEqualTo(1);
    }

    @Test
    void keepsTheMarkerOfADocumentThatGotNewEventsWhileItsOldOnesWentOut() {
        String id = newOrder("placed");
        publisher.onPublish(
                "placed",
                () -> orders.updateOne(Filters.eq("_id", id), Outbox.append(List.of(event(id, "confirmed")))));

        relay.wake(id);
        relay.relayWoken();

        assertThat(outboxTypes(id)).containsExactly("confirmed");
        assertThat(orders.find(Filters.eq("_id", id)).first()).containsKey(Outbox.PENDING);

        relay.relayPending();

        assertThat(publisher.types(id)).containsExactly("placed", "confirmed");
        assertDrained(id);
    }

    @Test
    void publishesWokenEventsToTheBrokerOnceStarted() throws Exception {
        String kafka = SharedInfrastructure.endpoints().kafkaBootstrapServers();
        var producers = new DefaultKafkaProducerFactory<Object, Object>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"));
        OutboxRelay started = new OutboxRelay(
                orders,
                KafkaOutboxPublisher.using(producers, Duration.ofSeconds(30)),
                Duration.ofMinutes(1),
                100,
                new SimpleMeterRegistry());
        started.start();
        try {
            String id = newOrder();
            OutboxEntry placed =
                    OutboxEntry.of(Topics.ORDERS, id, "vn.ocop.fair.test.Placed.v1", "/test", Instant.now(), "{}");
            orders.updateOne(Filters.eq("_id", id), Outbox.append(List.of(placed)));

            started.wake(id);

            var records =
                    new KafkaTestClient(kafka).await(Topics.ORDERS, r -> id.equals(r.key()), Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertDrained(id));
        } finally {
            started.stop();
            producers.destroy();
        }
    }

    private String newOrder(String... eventTypes) {
        String id = "order-" + UUID.randomUUID();
        List<OutboxEntry> events =
                java.util.Arrays.stream(eventTypes).map(type -> event(id, type)).toList();
        orders.insertOne(Outbox.addTo(new Document("_id", id).append("status", "PENDING"), events));
        return id;
    }

    /** Keyed by the aggregate id, as every service keys its events. */
    private static OutboxEntry event(String aggregateId, String type) {
        return new OutboxEntry(
                UUID.randomUUID().toString(), Topics.ORDERS, aggregateId, type, "/test", Instant.now(), "{}", null);
    }

    private List<String> outboxTypes(String id) {
        return orders.find(Filters.eq("_id", id)).first().getList("outbox", Document.class).stream()
                .map(d -> d.getString("type"))
                .toList();
    }

    private List<OutboxEntry> outbox(String id) {
        return orders.find(Filters.eq("_id", id)).first().getList("outbox", Document.class).stream()
                .map(OutboxEntry::fromDocument)
                .toList();
    }

    private void assertDrained(String id) {
        Document order = orders.find(Filters.eq("_id", id)).first();
        assertThat(order.getList("outbox", Document.class)).isEmpty();
        assertThat(order).doesNotContainKey(Outbox.PENDING);
    }

    /** Records what it was asked to publish per aggregate; fails or acts where told. */
    private static final class RecordingPublisher implements OutboxPublisher {
        private final Map<String, List<String>> published = new ConcurrentHashMap<>();
        private final Map<String, List<String>> attempted = new ConcurrentHashMap<>();
        private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
        private final Map<String, Runnable> actions = new ConcurrentHashMap<>();

        void failOnce(String type) {
            failOnce.add(type);
        }

        void onPublish(String type, Runnable action) {
            actions.put(type, action);
        }

        List<String> types(String id) {
            return published.getOrDefault(id, List.of());
        }

        List<String> attempts(String id) {
            return attempted.getOrDefault(id, List.of());
        }

        @Override
        public void publish(OutboxEntry entry) {
            throw new UnsupportedOperationException("the relay sends asynchronously");
        }

        @Override
        public java.util.concurrent.CompletableFuture<Void> publishAsync(OutboxEntry entry) {
            String id = entry.key();
            attempted.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(entry.type());
            if (failOnce.remove(entry.type())) {
                return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("broker away"));
            }
            published.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(entry.type());
            Runnable action = actions.remove(entry.type());
            if (action != null) {
                action.run();
            }
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }
}
