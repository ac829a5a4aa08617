package vn.ocop.fair.catalog.fair;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.CatalogApi;
import vn.ocop.fair.catalog.CatalogIntegrationTest;
import vn.ocop.fair.support.events.UnreadableEvent;
import vn.ocop.fair.testsupport.KafkaTestClient;

/**
 * Booth events from event-service, through the real broker and the binder, decide what is on sale
 * at a fair: {@code GET /api/catalog/products?fair=…} lists it and each product shows its booth.
 * Every test has its own fair and producers.
 */
@CatalogIntegrationTest
class FairPresenceTest {

    static final String TOPIC = "ocop.fairs.v1";
    static final String DLQ = "ocop.fairs.v1.catalog-service.dlq";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BindingServiceProperties bindings;

    @Autowired
    MongoDatabase catalogDatabase;

    final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    CatalogApi api;

    String fair;
    String producer;
    String scarf;
    String aoDai;
    String markerProducer;
    String markerProduct;

    @BeforeEach
    void producersWithListedProducts() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        fair = "fair-" + UUID.randomUUID();
        producer = "htx-fair-" + run;
        markerProducer = "htx-marker-" + run;
        api.registerProducer(producer);
        api.registerProducer(markerProducer);
        scarf = api.create(CatalogApi.product(producer, "Khăn lụa Vạn Phúc", "HANDICRAFT", 5, 450_000));
        aoDai = api.create(CatalogApi.product(producer, "Áo dài lụa", "HANDICRAFT", 4, 1_200_000));
        markerProduct = api.create(CatalogApi.product(markerProducer, "Nón lá Chuông", "HANDICRAFT", 4, 120_000));
    }

    @Test
    void anAssignedBoothPutsItsProductsOnSaleAtTheFair() throws Exception {
        assign("A-01", List.of(scarf, aoDai), Instant.now());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onSale()).containsExactlyInAnyOrder(scarf, aoDai));
        JsonNode stand = product(scarf).get("fairs").get(0);
        assertThat(stand.get("fairId").asString()).isEqualTo(fair);
        assertThat(stand.get("boothCode").asString()).isEqualTo("A-01");
        assertThat(stand.get("fairName").asString()).isEqualTo("Tuần hàng OCOP Hà Nội");
        assertThat(stand.get("startsOn").asString()).isEqualTo("2026-05-21");
        assertThat(stand.get("endsOn").asString()).isEqualTo("2026-05-25");
        JsonNode listed = searchJson("fair", fair, "producer", producer, "q", "khan lua")
                .get("items")
                .get(0);
        assertThat(listed.get("fairs").get(0).get("boothCode").asString()).isEqualTo("A-01");
    }

    @Test
    void aReleasedBoothTakesItsProductsOffTheFair() throws Exception {
        Instant assigned = Instant.now();
        assign("A-02", List.of(scarf, aoDai), assigned);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onSale()).hasSize(2));

        release("A-02", assigned.plusSeconds(60));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onSale()).isEmpty());
        assertThat(product(scarf).get("fairs")).isEmpty();
        assertThat(product(aoDai).get("fairs")).isEmpty();
    }

    @Test
    void aDuplicateDeliveryChangesNothing() throws Exception {
        Instant at = Instant.now();
        String eventId = UUID.randomUUID().toString();
        String event = boothAssigned("A-03", producer, List.of(scarf), at);

        send("vn.ocop.fair.event.BoothAssigned.v1", eventId, event);
        send("vn.ocop.fair.event.BoothAssigned.v1", eventId, event);
        send("vn.ocop.fair.event.BoothAssigned.v1", UUID.randomUUID().toString(), event);
        followedByMarker();

        assertThat(onSale()).containsExactly(scarf);
        assertThat(product(scarf).get("fairs")).hasSize(1);
        JsonNode page = searchJson("fair", fair, "producer", producer);
        assertThat(page.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aReleaseThatOvertookItsAssignmentLeavesNoStand() throws Exception {
        Instant assigned = Instant.now();
        release("A-04", assigned.plusSeconds(30));
        assign("A-04", List.of(scarf), assigned);
        followedByMarker();

        assertThat(onSale()).isEmpty();
        assertThat(product(scarf).get("fairs")).isEmpty();
    }

    @Test
    void aLaterAssignmentOfTheBoothReplacesItsProducts() throws Exception {
        Instant first = Instant.now();
        assign("A-05", List.of(scarf, aoDai), first);
        assign("A-05", List.of(aoDai), first.plusSeconds(10));
        assign("A-05", List.of(scarf, aoDai), first.minusSeconds(10)); // stale: changes nothing
        followedByMarker();

        assertThat(onSale()).containsExactly(aoDai);
        assertThat(product(aoDai).get("fairs")).hasSize(1);
    }

    @Test
    void aBoothRecordedBeforeItRememberedWhatItShowedStillTakesDownStaleStands() throws Exception {
        Instant first = Instant.now();
        assign("A-06", List.of(scarf, aoDai), first);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onSale()).hasSize(2));
        catalogDatabase
                .getCollection("fair_booths")
                .updateOne(Filters.eq("_id", fair + "/A-06"), Updates.unset("shown")); // as stored before

        assign("A-06", List.of(aoDai), first.plusSeconds(10));
        followedByMarker();

        assertThat(onSale()).containsExactly(aoDai);
        assertThat(product(scarf).get("fairs")).isEmpty();
    }

    @Test
    void aProductShowsEveryBoothItIsOnSaleAtAndABoothOnlyItsProducersProducts() throws Exception {
        String otherFair = "fair-" + UUID.randomUUID();
        assign("B-01", List.of(scarf, markerProduct), Instant.now());
        send(
                "vn.ocop.fair.event.BoothAssigned.v1",
                UUID.randomUUID().toString(),
                otherFair,
                boothAssigned(otherFair, "C-07", producer, List.of(scarf), Instant.now()));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(product(scarf).get("fairs")).hasSize(2));
        List<String> stands = new ArrayList<>();
        product(scarf)
                .get("fairs")
                .forEach(s -> stands.add(
                        s.get("fairId").asString() + "/" + s.get("boothCode").asString()));
        assertThat(stands).containsExactlyInAnyOrder(fair + "/B-01", otherFair + "/C-07");
        assertThat(product(markerProduct).get("fairs"))
                .as("a booth shows only its own producer's products")
                .isEmpty();
    }

    @Test
    void theFairFilterCombinesWithTheOthers() throws Exception {
        assign("A-06", List.of(scarf, aoDai), Instant.now());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onSale()).hasSize(2));

        assertThat(ids(searchJson("fair", fair, "producer", producer, "maxPrice", "500000")))
                .containsExactly(scarf);
        assertThat(ids(searchJson("fair", fair, "producer", producer, "sort", "-price")))
                .containsExactly(aoDai, scarf);
        assertThat(ids(searchJson("fair", fair, "producer", producer, "q", "ao dai")))
                .containsExactly(aoDai);
    }

    @Test
    void sendsUnreadableRecordsOfEveryBindingToTheDeadLetterTopicWithoutRetrying() {
        for (String binding : List.of("fairEvents-in-0", "orderEvents-in-0")) {
            assertThat(bindings.getConsumerProperties(binding).getRetryableExceptions())
                    .as(binding)
                    .containsEntry(UnreadableEvent.class, false);
        }
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndLaterRecordsStillFlow() throws Exception {
        send("vn.ocop.fair.event.BoothAssigned.v1", UUID.randomUUID().toString(), "{not json");
        send(
                "vn.ocop.fair.event.BoothAssigned.v1",
                UUID.randomUUID().toString(),
                boothAssigned("A-07", producer, List.of(scarf), Instant.now())
                        .replace("\"startsOn\":\"2026-05-21\"", "\"startsOn\":\"2026-06-21\""));
        followedByMarker();

        List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            deadLetters.clear();
            deadLetters.addAll(kafka.await(DLQ, r -> fair.equals(r.key()), Duration.ofSeconds(2)));
            return deadLetters.size() >= 2;
        });
        assertThat(deadLetters)
                .hasSize(2)
                .allSatisfy(r -> assertThat(KafkaTestClient.header(r, "x-original-topic"))
                        .isEqualTo(TOPIC));
        assertThat(deadLetters)
                .extracting(r -> KafkaTestClient.header(r, "x-exception-message"))
                .anySatisfy(m -> assertThat(m).contains("unreadable fair event"))
                .anySatisfy(m -> assertThat(m).contains("startsOn <= endsOn"));
        assertThat(onSale()).isEmpty();
    }

    @Test
    void otherFairEventsAreNotCatalogsBusiness() throws Exception {
        send(
                "vn.ocop.fair.event.FairScheduled.v1",
                UUID.randomUUID().toString(),
                "{\"fairId\":\"" + fair + "\",\"name\":\"Hội chợ OCOP\",\"somethingElse\":[1,2]}");
        followedByMarker();

        assertThat(kafka.await(DLQ, r -> fair.equals(r.key()), Duration.ofSeconds(2)))
                .isEmpty();
    }

    private void assign(String booth, List<String> products, Instant at) {
        send(
                "vn.ocop.fair.event.BoothAssigned.v1",
                UUID.randomUUID().toString(),
                boothAssigned(booth, producer, products, at));
    }

    private void release(String booth, Instant at) {
        send("vn.ocop.fair.event.BoothReleased.v1", UUID.randomUUID().toString(), """
                {"fairId":"%s","boothCode":"%s","producerId":"%s","occurredAt":"%s","reason":"Chủ thể rút lui"}
                """.formatted(
                        fair, booth, producer, at));
    }

    private String boothAssigned(String booth, String producerId, List<String> products, Instant at) {
        return boothAssigned(fair, booth, producerId, products, at);
    }

    private static String boothAssigned(
            String fairId, String booth, String producerId, List<String> products, Instant at) {
        return """
                {"fairId":"%s","boothCode":"%s","zone":"Khu A","producerId":"%s","productIds":%s,
                 "fairName":"Tuần hàng OCOP Hà Nội","startsOn":"2026-05-21","endsOn":"2026-05-25","occurredAt":"%s"}
                """.formatted(fairId, booth, producerId, JSON.writeValueAsString(products), at);
    }

    private void send(String type, String eventId, String payload) {
        send(type, eventId, fair, payload);
    }

    private void send(String type, String eventId, String fairId, String payload) {
        kafka.send(
                TOPIC,
                fairId,
                Map.of(
                        "ce_id",
                        eventId,
                        "ce_type",
                        type,
                        "ce_source",
                        "/event-service",
                        "ce_subject",
                        fairId,
                        "ce_specversion",
                        "1.0",
                        "content-type",
                        "application/json"),
                payload.getBytes(UTF_8));
    }

    /**
     * Assigns another booth of the same fair (same key, hence the same partition) to the marker
     * producer: once its product shows the booth, every record sent before on this fair has been
     * handled.
     */
    private void followedByMarker() {
        String booth = "Z-" + UUID.randomUUID().toString().substring(0, 6);
        send(
                "vn.ocop.fair.event.BoothAssigned.v1",
                UUID.randomUUID().toString(),
                boothAssigned(booth, markerProducer, List.of(markerProduct), Instant.now()));
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> booths = new ArrayList<>();
            product(markerProduct)
                    .get("fairs")
                    .forEach(s -> booths.add(s.get("boothCode").asString()));
            assertThat(booths).contains(booth);
        });
    }

    private List<String> onSale() throws Exception {
        return ids(searchJson("fair", fair, "producer", producer));
    }

    private JsonNode searchJson(String... parameters) throws Exception {
        var answer = api.search(parameters);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private JsonNode product(String id) throws Exception {
        var answer = api.send("GET", "/api/catalog/products/" + id, null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
