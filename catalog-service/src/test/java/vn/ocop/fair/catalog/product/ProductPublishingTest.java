package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.FlakyPublisher;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.TestTokens;

@CatalogIntegrationTest
class ProductPublishingTest {

    static final String TOPIC = "ocop.catalog.products.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase catalogDatabase;

    @Autowired
    FlakyPublisher publisher;

    @Autowired
    JsonMapper json;

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @AfterEach
    void brokerReachableAgain() {
        publisher.recover();
    }

    @Test
    void postedProductIsStoredAndPublishedAsACloudEventThenLeavesTheOutbox() {
        Instant before = Instant.now();
        JsonNode created = post(Map.of(
                "name", "Bộ ấm chén men lam Bát Tràng",
                "group", "HANDICRAFT",
                "stars", 4,
                "priceVnd", 1_250_000,
                "unit", "bộ",
                "producerId", "cty-gom-bat-trang"));
        String id = created.get("id").asString();

        List<ConsumerRecord<String, byte[]>> published =
                kafka.await(TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(30));

        assertThat(published).singleElement().satisfies(record -> {
            assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("vn.ocop.fair.catalog.ProductListed.v1");
            assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/catalog-service");
            assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(id);
            assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTestClient.header(record, "ce_id")).hasSize(36);
            assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
            assertThat(Instant.parse(KafkaTestClient.header(record, "ce_time")))
                    .isAfterOrEqualTo(before.minusSeconds(1));
            JsonNode event = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
            assertThat(event.get("productId").asString()).isEqualTo(id);
            assertThat(event.get("version").asLong()).isEqualTo(1);
            assertThat(event.get("product").get("name").asString()).isEqualTo("Bộ ấm chén men lam Bát Tràng");
            assertThat(event.get("product").get("priceVnd").asLong()).isEqualTo(1_250_000);
        });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(outboxOf(id)).isEmpty());
        assertThat(stored(id).getString("name")).isEqualTo("Bộ ấm chén men lam Bát Tràng");
    }

    @Test
    void eventWaitsInTheOutboxWhileTheBrokerIsUnreachableAndArrivesAfterRecovery() {
        publisher.startFailing();
        String id = post(Map.of(
                        "name", "Giỏ mây tre đan Phú Vinh",
                        "group", "HANDICRAFT",
                        "stars", 4,
                        "priceVnd", 320_000,
                        "unit", "chiếc",
                        "producerId", "htx-may-tre-phu-vinh"))
                .get("id")
                .asString();
        int failuresBefore = publisher.failures();

        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.failures() >= failuresBefore + 2);
        assertThat(outboxOf(id))
                .as("the event stays with the product while publishing fails")
                .hasSize(1);

        publisher.recover();

        assertThat(kafka.await(TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(30)))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(outboxOf(id)).isEmpty());
    }

    private JsonNode post(Map<String, Object> product) {
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/catalog/products")
                .header("Authorization", "Bearer " + TestTokens.shared().organiser())
                .contentType(MediaType.APPLICATION_JSON)
                .body(product)
                .retrieve()
                .body(JsonNode.class);
    }

    private Document stored(String id) {
        return catalogDatabase
                .getCollection("products")
                .find(Filters.eq("_id", id))
                .first();
    }

    private List<Document> outboxOf(String id) {
        return stored(id).getList("outbox", Document.class);
    }
}
