package vn.ocop.fair.catalog.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.TestClock;
import vn.ocop.fair.testsupport.TestTokens;

/**
 * The certificate watch over the real broker and database. Each test travels to its own years in
 * the past, where only its own products have certificates near expiry, so the sweeps touch nothing
 * of the other tests sharing the database.
 */
@CatalogIntegrationTest
class CertificateWatchTest {

    static final String STOCK_TOPIC = "ocop.catalog.stock.v1";
    static final String PRODUCTS_TOPIC = "ocop.catalog.products.v1";

    @Autowired
    CertificateWatch watch;

    @Autowired
    TestClock clock;

    @Autowired
    MongoDatabase catalogDatabase;

    @Autowired
    JsonMapper json;

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    CatalogApi api;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void announcesNinetyThenThirtyDaysBeforeExpiryOnceEachThenDelistsWhenTheCertificateLapses() throws Exception {
        LocalDate issued = LocalDate.parse("2017-04-01");
        LocalDate expires = issued.plusMonths(36);
        clock.setToday(expires.minusDays(122));
        String id = listed("htx-hoa-dao-nhat-tan-cw", "Cành đào Nhật Tân", issued);

        assertThat(watch.sweep().firstNotices()).isZero();
        assertThat(version(id)).isEqualTo(2);

        clock.setToday(expires.minusDays(90));
        assertThat(watch.sweep().firstNotices()).isEqualTo(1);
        assertThat(watch.sweep()).as("again the same day").satisfies(CertificateWatchTest::changedNothing);

        clock.setToday(expires.minusDays(45));
        assertThat(watch.sweep()).satisfies(CertificateWatchTest::changedNothing);

        clock.setToday(expires.minusDays(30));
        assertThat(watch.sweep().lastNotices()).isEqualTo(1);
        assertThat(watch.sweep()).satisfies(CertificateWatchTest::changedNothing);

        clock.setToday(expires);
        assertThat(watch.sweep().delisted()).isEqualTo(1);
        assertThat(watch.sweep()).satisfies(CertificateWatchTest::changedNothing);
        assertThat(stored(id).getString("status")).isEqualTo("DELISTED");
        assertThat(version(id)).isEqualTo(5);

        List<JsonNode> notices = awaitEvents(STOCK_TOPIC, id, 2);
        assertThat(notices).extracting(n -> n.get("threshold").asInt()).containsExactly(90, 30);
        assertThat(notices).extracting(n -> n.get("daysLeft").asInt()).containsExactly(90, 30);
        assertThat(notices.get(0).get("expiresOn").asString()).isEqualTo(expires.toString());
        assertThat(notices.get(0).get("producerId").asString()).isEqualTo("htx-hoa-dao-nhat-tan-cw");
        assertThat(notices.get(0).get("decisionNumber").asString()).isEqualTo("1521/QĐ-UBND");
        List<ConsumerRecord<String, byte[]>> productEvents = awaitRecords(PRODUCTS_TOPIC, id, 2);
        assertThat(productEvents)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly("vn.ocop.fair.catalog.ProductListed.v1", "vn.ocop.fair.catalog.ProductDelisted.v1");
        JsonNode delisted = json.readTree(new String(productEvents.get(1).value(), StandardCharsets.UTF_8));
        assertThat(delisted.get("reason").asString()).contains("1521/QĐ-UBND", expires.toString());
        assertThat(delisted.get("product").get("status").asString()).isEqualTo("DELISTED");
    }

    @Test
    void announcesOnlyTheLastNoticeForACertificateFirstSeenWithinThirtyDays() throws Exception {
        LocalDate issued = LocalDate.parse("2015-06-20");
        LocalDate expires = issued.plusMonths(36);
        clock.setToday(expires.minusDays(19));
        String id = listed("ho-quat-tu-lien-cw", "Quất cảnh Tứ Liên", issued);

        CertificateWatch.Sweep sweep = watch.sweep();

        assertThat(sweep.lastNotices()).isEqualTo(1);
        assertThat(sweep.firstNotices()).isZero();
        assertThat(watch.sweep()).satisfies(CertificateWatchTest::changedNothing);
        JsonNode notice = awaitEvents(STOCK_TOPIC, id, 1).get(0);
        assertThat(notice.get("threshold").asInt()).isEqualTo(30);
        assertThat(notice.get("daysLeft").asInt()).isEqualTo(19);
        assertThat(stored(id).getString("status")).isEqualTo("LISTED");
    }

    @Test
    void publishesCertificateExpiringAsACloudEventKeyedByProduct() throws Exception {
        LocalDate issued = LocalDate.parse("2012-03-01");
        clock.setToday(issued.plusMonths(36).minusDays(60));
        String id = listed("htx-che-ba-vi-cw", "Chè xanh Ba Vì", issued);

        watch.sweep();

        ConsumerRecord<String, byte[]> record = awaitRecords(STOCK_TOPIC, id, 1).get(0);
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("vn.ocop.fair.catalog.CertificateExpiring.v1");
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/catalog-service");
        assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(id);
    }

    private static void changedNothing(CertificateWatch.Sweep sweep) {
        assertThat(sweep.firstNotices() + sweep.lastNotices() + sweep.delisted() + sweep.failed())
                .as("%s", sweep)
                .isZero();
    }

    private String listed(String producer, String name, LocalDate issuedOn) throws Exception {
        api.registerProducer(producer);
        var answer = api.send(
                "POST",
                "/api/catalog/products",
                CatalogApi.product(producer, name, 4, issuedOn),
                TestTokens.shared().organiser());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("id").asString();
    }

    private List<JsonNode> awaitEvents(String topic, String key, int count) {
        return awaitRecords(topic, key, count).stream()
                .map(r -> json.readTree(new String(r.value(), StandardCharsets.UTF_8)))
                .toList();
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, String key, int count) {
        AtomicReference<List<ConsumerRecord<String, byte[]>>> seen = new AtomicReference<>(List.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            seen.set(kafka.await(topic, r -> key.equals(r.key()), Duration.ofSeconds(5)));
            return seen.get().size() >= count;
        });
        assertThat(seen.get()).as("events of %s on %s", key, topic).hasSize(count);
        return seen.get();
    }

    private Document stored(String id) {
        return catalogDatabase
                .getCollection("products")
                .find(Filters.eq("_id", id))
                .first();
    }

    private long version(String id) {
        return stored(id).getLong("version");
    }
}
