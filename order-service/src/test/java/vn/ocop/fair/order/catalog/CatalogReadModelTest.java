package vn.ocop.fair.order.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import vn.ocop.fair.order.support.OrderIntegrationTest;
import vn.ocop.fair.order.support.OrderServiceTest;
import vn.ocop.fair.testsupport.KafkaTestClient;

/** The read model of catalog's products, fed through the real broker and the binder. */
class CatalogReadModelTest extends OrderServiceTest {

    static final String TOPIC = "ocop.catalog.products.v1";
    static final String DLQ = "ocop.catalog.products.v1.order-service.dlq";

    @Autowired
    MongoDatabase orderDatabase;

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @Test
    void listedProductBecomesOrderable() {
        String id = UUID.randomUUID().toString();

        send(id, UUID.randomUUID().toString(), productListed(id, 1, "Chè xanh Ba Vì", 180_000));

        await().atMost(Duration.ofSeconds(30)).until(() -> products.find(id).isPresent());
        CatalogProduct product = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/orders/products/{id}", id)
                .retrieve()
                .body(CatalogProduct.class);
        assertThat(product.name()).isEqualTo("Chè xanh Ba Vì");
        assertThat(product.priceVnd()).isEqualTo(180_000);
        assertThat(product.version()).isEqualTo(1);
    }

    @Test
    void duplicatedOrOlderEventsChangeNothing() {
        String id = UUID.randomUUID().toString();
        String v2EventId = UUID.randomUUID().toString();

        send(id, v2EventId, productListed(id, 2, "Nem Phùng", 65_000));
        send(id, UUID.randomUUID().toString(), productListed(id, 1, "Nem Phùng (cũ)", 60_000));
        send(id, v2EventId, productListed(id, 2, "Nem Phùng", 65_000));
        String marker = followedByMarker(id);

        await().atMost(Duration.ofSeconds(30)).until(() -> products.find(marker).isPresent());
        assertThat(orderDatabase.getCollection("catalog_products").countDocuments(Filters.eq("_id", id)))
                .isEqualTo(1);
        assertThat(products.find(id)).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.name()).isEqualTo("Nem Phùng");
            assertThat(p.priceVnd()).isEqualTo(65_000);
        });
    }

    /**
     * Unreadable records are not retried: the test context backs off a minute before a retry of this
     * binding (see {@link OrderIntegrationTest}), and the dead letter and the later record must both
     * arrive within 30 s.
     */
    @Test
    void unreadableRecordGoesToTheDeadLetterTopicWithoutRetriesAndLaterRecordsStillFlow() {
        String key = readModels.sendUnreadable(TOPIC, "vn.ocop.fair.catalog.ProductListed.v1");
        String later = followedByMarker(key);

        await().atMost(Duration.ofSeconds(30)).until(() -> products.find(later).isPresent());
        var deadLetters = kafka.await(DLQ, r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertThat(deadLetters).singleElement().satisfies(r -> {
            assertThat(new String(r.value(), UTF_8)).isEqualTo("{not json");
            assertThat(KafkaTestClient.header(r, "x-original-topic")).isEqualTo(TOPIC);
            assertThat(KafkaTestClient.header(r, "x-exception-message")).contains("unreadable product event");
        });
    }

    @Test
    void unknownProductIsAProblemNotAnError() {
        var error = org.assertj.core.api.Assertions.catchThrowableOfType(
                HttpClientErrorException.class,
                () -> RestClient.create("http://localhost:" + port)
                        .get()
                        .uri("/api/orders/products/{id}", "no-such-product")
                        .retrieve()
                        .toBodilessEntity());

        assertThat(error.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(error.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(error.getResponseBodyAsString()).contains("product-not-found");
    }

    @Test
    void directCallsWithoutATokenAreRefusedEvenWithAForgedRoleHeader() throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/orders"))
                                .header("X-User-Roles", "CUSTOMER")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /**
     * Sends another product's event on the same key, hence the same partition: once it is in the
     * read model, every record sent before it on that key has been handled.
     */
    private String followedByMarker(String key) {
        String marker = UUID.randomUUID().toString();
        send(key, UUID.randomUUID().toString(), productListed(marker, 1, "Miến dong Minh Hồng", 90_000));
        return marker;
    }

    private void send(String key, String eventId, String payload) {
        kafka.send(
                TOPIC,
                key,
                Map.of(
                        "ce_id", eventId,
                        "ce_type", "vn.ocop.fair.catalog.ProductListed.v1",
                        "ce_source", "/catalog-service",
                        "ce_specversion", "1.0",
                        "content-type", "application/json"),
                payload.getBytes(UTF_8));
    }

    private static String productListed(String id, long version, String name, long priceVnd) {
        return """
            {"productId":"%s","version":%d,"occurredAt":"2026-05-21T02:00:00Z",
             "product":{"name":"%s","description":null,"group":"FOOD","stars":4,"priceVnd":%d,
                        "unit":"hộp","producerId":"p-1","status":"LISTED"}}
            """.formatted(id, version, name, priceVnd);
    }
}
