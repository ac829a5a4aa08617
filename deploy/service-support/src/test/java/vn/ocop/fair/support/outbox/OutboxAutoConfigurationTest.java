package vn.ocop.fair.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.local.EmbeddedMongoServer;
import vn.ocop.fair.local.FreePorts;

/** A service declares its outbox collections and gets a publisher and a started relay for each. */
class OutboxAutoConfigurationTest {

    private static EmbeddedMongoServer server;
    private static MongoClient client;
    private static MongoDatabase database;

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(
                    ProducerFactory.class,
                    () -> new DefaultKafkaProducerFactory<>(
                            Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1")));

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.inMemory(FreePorts.next()).start();
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("outbox-auto-configuration");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Test
    void runsOneRelayPerDeclaredCollectionWithTheKafkaPublisher() {
        contexts.withBean(OutboxCollections.class, () -> OutboxCollections.of(database, "products", "stock"))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(OutboxRelays.class);
                    assertThat(context.getBean(OutboxPublisher.class)).isInstanceOf(KafkaOutboxPublisher.class);
                    OutboxRelays relays = context.getBean(OutboxRelays.class);

                    assertThat(relays.collections()).containsExactly("products", "stock");
                    assertThat(relays.forCollection("products").isRunning()).isTrue();
                    assertThat(relays.forCollection("stock").isRunning()).isTrue();
                    assertThatIllegalArgumentException().isThrownBy(() -> relays.forCollection("orders"));
                    assertThat(context.getBean(MeterRegistry.class)
                                    .get("ocop.outbox.published")
                                    .tag("collection", "stock")
                                    .counter()
                                    .count())
                            .isZero();
                });
    }

    @Test
    void relaysThroughThePublisherTheServiceDefinesInsteadOfItsOwn() {
        List<OutboxEntry> published = new CopyOnWriteArrayList<>();
        contexts.withBean(OutboxCollections.class, () -> OutboxCollections.of(database, "orders"))
                .withBean("recordingPublisher", OutboxPublisher.class, () -> published::add)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(OutboxPublisher.class);
                    assertThat(context).doesNotHaveBean("outboxPublisher");
                    OutboxEntry placed =
                            OutboxEntry.of("ocop.orders.v1", "order-1", "OrderPlaced", "/test", Instant.now(), "{}");
                    database.getCollection("orders")
                            .insertOne(Outbox.addTo(new Document("_id", "order-1"), List.of(placed)));

                    context.getBean(OutboxRelays.class).forCollection("orders").wake("order-1");

                    await().untilAsserted(() ->
                            assertThat(published).extracting(OutboxEntry::id).containsExactly(placed.id()));
                    await().untilAsserted(() -> assertThat(database.getCollection("orders")
                                    .find(Filters.eq("_id", "order-1"))
                                    .first())
                            .doesNotContainKey(Outbox.PENDING));
                });
    }

    @Test
    void takesItsSettingsFromOcopOutbox() {
        contexts.withBean(OutboxCollections.class, () -> OutboxCollections.of(database, "fairs"))
                .withPropertyValues("ocop.outbox.poll-interval=300ms", "ocop.outbox.ack-timeout=3s")
                .run(context -> {
                    OutboxProperties properties = context.getBean(OutboxProperties.class);

                    assertThat(properties.pollInterval()).hasMillis(300);
                    assertThat(properties.batchSize()).isEqualTo(100);
                    assertThat(properties.ackTimeout()).hasSeconds(3);
                });
    }

    @Test
    void refusesToStartWithABatchSizeOutOfRange() {
        contexts.withBean(OutboxCollections.class, () -> OutboxCollections.of(database, "fairs"))
                .withPropertyValues("ocop.outbox.batch-size=0")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void staysOutOfAServiceWithoutOutboxCollections() {
        contexts.run(context -> assertThat(context)
                .hasNotFailed()
                .doesNotHaveBean(OutboxRelays.class)
                .doesNotHaveBean(OutboxPublisher.class));
    }
}
