package vn.ocop.fair.order.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.fair.order.catalog.CatalogProducts;
import vn.ocop.fair.order.fair.Booths;
import vn.ocop.fair.order.fair.Fairs;
import vn.ocop.fair.order.fair.Promotions;
import vn.ocop.fair.testsupport.KafkaTestClient;

/**
 * Feeds the read models the way production does: catalog's and event-service's events, shaped
 * after their pinned samples, through the real broker; then waits until they are applied.
 */
public final class ReadModels {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final KafkaTestClient kafka = KafkaTestClient.shared();
    private final JsonMapper json = JsonMapper.builder().build();
    private final CatalogProducts products;
    private final Fairs fairs;
    private final Promotions promotions;
    private final Booths booths;

    public ReadModels(CatalogProducts products, Fairs fairs, Promotions promotions, Booths booths) {
        this.products = products;
        this.fairs = fairs;
        this.promotions = promotions;
        this.booths = booths;
    }

    /** A listed product of a producer, known to order-service once this returns. */
    public String product(String producerId, String group, long priceVnd) {
        return product(producerId, group, priceVnd, "LISTED");
    }

    /** A product in the given catalog status (LISTED, DELISTED…). */
    public String product(String producerId, String group, long priceVnd, String status) {
        String id = UUID.randomUUID().toString();
        String payload = """
            {"productId":"%s","version":1,"occurredAt":"2026-05-21T02:00:00Z",
             "product":{"name":"Sản phẩm %s","group":"%s","stars":4,"priceVnd":%d,
                        "unit":"hộp","producerId":"%s","status":"%s"}}
            """.formatted(id, id.substring(0, 8), group, priceVnd, producerId, status);
        send("ocop.catalog.products.v1", id, "vn.ocop.fair.catalog.ProductListed.v1", payload);
        await().atMost(Duration.ofSeconds(30)).until(() -> products.find(id).isPresent());
        return id;
    }

    /** A fair that opened yesterday and closes in three days (Hanoi). */
    public String openFair() {
        LocalDate today = LocalDate.now(HANOI);
        return fair("FairOpened", "OPEN", today.minusDays(1), today.plusDays(3));
    }

    /** A published fair opening on {@code startsOn}. */
    public String publishedFair(LocalDate startsOn) {
        return fair("FairPublished", "PUBLISHED", startsOn, startsOn.plusDays(4));
    }

    public String fair(String type, String status, LocalDate startsOn, LocalDate endsOn) {
        String id = UUID.randomUUID().toString();
        ObjectNode event = sample(type);
        event.put("fairId", id);
        ObjectNode fair = (ObjectNode) event.get("fair");
        fair.put("status", status);
        fair.put("startsOn", startsOn.toString());
        fair.put("endsOn", endsOn.toString());
        sendFairEvent(id, type, json.writeValueAsString(event));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        fairs.find(id).filter(f -> f.status().equals(status)).isPresent());
        return id;
    }

    /** Announces a promotion, live from an hour ago for a day; {@code terms} are its kind-specific fields. */
    public String promotion(String fairId, String kind, String scope, String terms) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String payload =
                """
                {"fairId":"%s","occurredAt":"%s","promotion":{"id":"%s","version":1,"name":"Khuyến mãi","kind":"%s",
                 "scope":%s,"validFrom":"%s","validUntil":"%s",%s}}
                """.formatted(fairId, now, id, kind, scope, now.minusSeconds(3600), now.plusSeconds(86_400), terms);
        sendFairEvent(fairId, "PromotionAnnounced", payload);
        await().atMost(Duration.ofSeconds(30)).until(() -> promotions.find(id).isPresent());
        return id;
    }

    /** Assigns a booth of the fair selling the product; returns the assignment's id. */
    public String booth(String fairId, String boothCode, String producerId, String productId) {
        String assignmentId = UUID.randomUUID().toString();
        ObjectNode event = sample("BoothAssigned");
        event.put("fairId", fairId);
        event.put("assignmentId", assignmentId);
        event.put("boothCode", boothCode);
        event.put("producerId", producerId);
        event.putArray("productIds").add(productId);
        sendFairEvent(fairId, "BoothAssigned", json.writeValueAsString(event));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> booths.boothSelling(fairId, productId).isPresent());
        return assignmentId;
    }

    /** An event of event-service's on {@code ocop.fairs.v1}, keyed by its fair; {@code type} as FairOpened. */
    public void sendFairEvent(String fairId, String type, String payload) {
        send("ocop.fairs.v1", fairId, "vn.ocop.fair.event." + type + ".v1", payload);
    }

    /**
     * A record of the type whose body is no JSON ({@code {not json}}), with no more headers than
     * its id and type; returns its key.
     */
    public String sendUnreadable(String topic, String type) {
        String key = UUID.randomUUID().toString();
        kafka.send(
                topic,
                key,
                Map.of("ce_type", type, "ce_id", UUID.randomUUID().toString()),
                "{not json".getBytes(UTF_8));
        return key;
    }

    public void send(String topic, String key, String type, String payload) {
        kafka.send(
                topic,
                key,
                Map.of(
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_type", type,
                        "ce_source", "/test",
                        "ce_specversion", "1.0",
                        "content-type", "application/json"),
                payload.getBytes(UTF_8));
    }

    private ObjectNode sample(String type) {
        return PublishedSamples.EVENT_SERVICE.tree(type, json);
    }
}
