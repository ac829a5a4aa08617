package vn.ocop.fair.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.catalog.FlakyPublisher;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.TestTokens;

@CatalogIntegrationTest
class ProductPublishingTest {

    static final String TOPIC = "ocop.catalog.products.v1";

    @Autowired
    MongoDatabase catalogDatabase;

    @Autowired
    FlakyPublisher publisher;

    @Autowired
    JsonMapper json;

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    CatalogApi api;

    @BeforeEach
    void producersExist() throws Exception {
        api.registerProducer("cty-gom-bat-trang");
        api.registerProducer("htx-may-tre-phu-vinh");
    }

    @AfterEach
    void brokerReachableAgain() {
        publisher.recover();
    }

    @Test
    void postedProductIsStoredAndPublishedAsACloudEventThenLeavesTheOutbox() throws Exception {
        Instant before = Instant.now();
        JsonNode created = post(CatalogApi.product("cty-gom-bat-trang", "Bộ ấm chén men lam Bát Tràng"));
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
            assertThat(event.get("version").asLong())
                    .as("draft is 1, listing makes it 2")
                    .isEqualTo(2);
            assertThat(event.get("product").get("name").asString()).isEqualTo("Bộ ấm chén men lam Bát Tràng");
            assertThat(event.get("product").get("priceVnd").asLong()).isEqualTo(450_000);
            assertThat(event.get("product")
                            .get("certificate")
                            .get("decisionNumber")
                            .asString())
                    .isEqualTo("1521/QĐ-UBND");
            assertThat(event.get("product").get("producerName").asString()).isEqualTo("HTX cty-gom-bat-trang");
            assertThat(event.get("product").get("producerProvince").asString()).isEqualTo("Hà Nội");
        });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(outboxOf(id)).isEmpty());
        assertThat(stored(id).getString("name")).isEqualTo("Bộ ấm chén men lam Bát Tràng");
    }

    @Test
    void eventWaitsInTheOutboxWhileTheBrokerIsUnreachableAndArrivesAfterRecovery() throws Exception {
        publisher.startFailing();
        String id = post(CatalogApi.product("htx-may-tre-phu-vinh", "Giỏ mây tre đan Phú Vinh"))
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

    @Test
    void updatesAndDelistingArePublishedInOrderWithRisingVersions() throws Exception {
        String id = post(CatalogApi.product("cty-gom-bat-trang", "Bình gốm Bát Tràng"))
                .get("id")
                .asString();
        String organiser = TestTokens.shared().organiser();
        String repriced =
                CatalogApi.product("cty-gom-bat-trang", "Bình gốm Bát Tràng").replace("450000", "520000");
        assertThat(api.send("PUT", "/api/catalog/products/" + id, repriced, organiser)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.delist(id, "hết mùa", organiser).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.await(TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(2))
                                .size()
                        >= 3);
        List<ConsumerRecord<String, byte[]>> events =
                kafka.await(TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(5));
        assertThat(events)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        "vn.ocop.fair.catalog.ProductListed.v1",
                        "vn.ocop.fair.catalog.ProductUpdated.v1",
                        "vn.ocop.fair.catalog.ProductDelisted.v1");
        assertThat(events)
                .extracting(r -> json.readTree(new String(r.value(), StandardCharsets.UTF_8))
                        .get("version")
                        .asLong())
                .containsExactly(2L, 3L, 4L);
    }

    private JsonNode post(String product) throws Exception {
        var answer = api.send(
                "POST", "/api/catalog/products", product, TestTokens.shared().organiser());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body());
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
