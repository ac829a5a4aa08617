package vn.ocop.fair.event.product;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.event.ExhibitorIntegrationTest;
import vn.ocop.fair.testsupport.KafkaTestClient;

/**
 * The catalogue read model, fed through the real broker and the binder from catalog's own samples
 * (catalog-service/src/test/resources/events): a listed product lands in it; duplicated or older
 * snapshots change nothing; an unreadable record goes to the dead-letter topic.
 */
class ProductReadModelTest extends ExhibitorIntegrationTest {

    static final String TOPIC = "ocop.catalog.products.v1";
    static final String DLQ = "ocop.catalog.products.v1.event-service.dlq";
    static final Path CATALOG_SAMPLES = Path.of("../catalog-service/src/test/resources/events");

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @Test
    void productListedOnTheCatalogTopicLandsInTheReadModel() throws IOException {
        String id = UUID.randomUUID().toString();

        send(id, UUID.randomUUID().toString(), "ProductListed", catalogSample("ProductListed", id));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> catalogProducts.find(id).isPresent());
        assertThat(catalogProducts.find(id)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Khăn lụa tơ tằm Vạn Phúc");
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.stars()).isEqualTo(5);
            assertThat(p.status()).isEqualTo("LISTED");
            assertThat(p.producerId()).isEqualTo("htx-lua-van-phuc");
            assertThat(p.producerName()).isEqualTo("HTX Lụa Vạn Phúc");
            assertThat(p.producerProvince()).isEqualTo("Hà Nội");
            assertThat(p.certificateExpiresOn()).isEqualTo(LocalDate.parse("2027-04-12"));
        });
    }

    @Test
    void duplicatedOrOlderSnapshotsChangeNothing() throws IOException {
        String id = UUID.randomUUID().toString();
        String delisted = catalogSample("ProductDelisted", id); // version 4
        String listed = catalogSample("ProductListed", id); // version 2
        String eventId = UUID.randomUUID().toString();

        send(id, eventId, "ProductDelisted", delisted);
        send(id, UUID.randomUUID().toString(), "ProductListed", listed);
        send(id, eventId, "ProductDelisted", delisted);
        String marker = followedByMarker(id);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> catalogProducts.find(marker).isPresent());
        assertThat(eventDatabase.getCollection("catalog_products").countDocuments(Filters.eq("_id", id)))
                .isEqualTo(1);
        assertThat(catalogProducts.find(id)).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(4);
            assertThat(p.status()).isEqualTo("DELISTED");
        });
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicAndLaterRecordsStillFlow() throws IOException {
        String key = UUID.randomUUID().toString();
        send(key, UUID.randomUUID().toString(), "ProductListed", "{not json");
        String later = followedByMarker(key);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> catalogProducts.find(later).isPresent());
        var deadLetters = kafka.await(DLQ, r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertThat(deadLetters).first().satisfies(r -> {
            assertThat(new String(r.value(), UTF_8)).isEqualTo("{not json");
            assertThat(KafkaTestClient.header(r, "x-original-topic")).isEqualTo(TOPIC);
        });
    }

    /** Another product on the same key (same partition): once it is stored, everything before it was handled. */
    private String followedByMarker(String key) throws IOException {
        String marker = UUID.randomUUID().toString();
        send(key, UUID.randomUUID().toString(), "ProductListed", catalogSample("ProductListed", marker));
        return marker;
    }

    private void send(String key, String eventId, String type, String payload) {
        kafka.send(
                TOPIC,
                key,
                Map.of(
                        "ce_id", eventId,
                        "ce_type", "vn.ocop.fair.catalog." + type + ".v1",
                        "ce_source", "/catalog-service",
                        "ce_specversion", "1.0",
                        "content-type", "application/json"),
                payload.getBytes(UTF_8));
    }

    /** catalog's pinned sample of the event, for another product id. */
    static String catalogSample(String type, String productId) throws IOException {
        return Files.readString(CATALOG_SAMPLES.resolve(type + ".json"), UTF_8)
                .replace("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11", productId);
    }
}
