package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfrastructureTest {

    @TempDir
    static Path scratch;

    static LocalInfrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = LocalInfrastructure.scratch(scratch, FreePorts.next(), FreePorts.next(), FreePorts.next())
                .start();
    }

    @AfterAll
    static void stop() {
        infrastructure.close();
    }

    @Test
    void brokerDeliversRecordsToAConsumerGroup() throws Exception {
        String topic = Topics.ORDERS;
        try (var producer = Topics.textProducer(infrastructure.kafkaBootstrapServers())) {
            producer.send(new ProducerRecord<>(topic, "order-1", "{\"hello\":\"Hà Nội\"}"))
                    .get();
        }
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (var consumer = Topics.textConsumer(infrastructure.kafkaBootstrapServers(), "local-infrastructure-test")) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("order-1");
            assertThat(r.value()).isEqualTo("{\"hello\":\"Hà Nội\"}");
        });
    }

    @Test
    void wireServerAnswersTheRealDriverIncludingTheOutboxQuery() {
        try (MongoClient client = MongoClients.create(infrastructure.mongoConnectionString())) {
            MongoCollection<Document> products = client.getDatabase("catalog").getCollection("products");
            products.insertOne(
                    new Document("_id", "p-with-events").append("outbox", List.of(new Document("id", "e1"))));
            products.insertOne(new Document("_id", "p-without-events").append("outbox", List.of()));

            List<Object> pending = products.find(Filters.exists("outbox.0"))
                    .map(d -> d.get("_id"))
                    .into(new ArrayList<>());

            assertThat(pending).containsExactly("p-with-events");
            assertThat(client.getDatabase("admin")
                            .runCommand(new Document("ping", 1))
                            .get("ok"))
                    .isEqualTo(1.0);
        }
    }
}
