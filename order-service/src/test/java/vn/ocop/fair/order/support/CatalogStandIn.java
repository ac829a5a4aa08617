package vn.ocop.fair.order.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.fair.testsupport.KafkaTestClient;

/**
 * Plays catalog-service's part of the saga by its published contract: reads order events from
 * {@code ocop.orders.v1} and answers on {@code ocop.catalog.stock.v1} with events shaped after
 * catalog's pinned samples.
 */
public final class CatalogStandIn {

    public static final String ORDERS = "ocop.orders.v1";
    public static final String STOCK = "ocop.catalog.stock.v1";

    private final KafkaTestClient kafka = KafkaTestClient.shared();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The order events of one order with this type name (OrderPlaced, OrderCancelled…), at least one. */
    public List<JsonNode> awaitEvents(String orderId, String type) {
        return kafka
                .await(
                        ORDERS,
                        r -> orderId.equals(r.key())
                                && ("vn.ocop.fair.order." + type + ".v1").equals(KafkaTestClient.header(r, "ce_type")),
                        Duration.ofSeconds(30))
                .stream()
                .map(this::read)
                .toList();
    }

    /** Answers the order's OrderPlaced: every line reserved. */
    public void reserve(String orderId) {
        JsonNode placed = awaitEvents(orderId, "OrderPlaced").get(0);
        ObjectNode reply = sample("StockReserved");
        reply.put("orderId", orderId);
        ArrayNode lines = reply.putArray("lines");
        placed.get("lines")
                .forEach(l -> lines.addObject()
                        .put("productId", l.get("productId").asString())
                        .put("quantity", l.get("quantity").asInt()));
        reply.put("occurredAt", Instant.now().toString());
        send(orderId, "StockReserved", reply);
    }

    /** Answers the order's OrderPlaced: refused, the first line out of stock. */
    public void refuse(String orderId) {
        JsonNode placed = awaitEvents(orderId, "OrderPlaced").get(0);
        ObjectNode reply = sample("StockReservationRejected");
        reply.put("orderId", orderId);
        ArrayNode lines = reply.putArray("lines");
        JsonNode first = placed.get("lines").get(0);
        lines.addObject()
                .put("productId", first.get("productId").asString())
                .put("quantity", first.get("quantity").asInt())
                .put("reason", "OUT_OF_STOCK")
                .put("available", 0);
        reply.put("occurredAt", Instant.now().toString());
        send(orderId, "StockReservationRejected", reply);
    }

    /** Sends a stock event of catalog's as it is in its sample, for this order. */
    public void sendSample(String orderId, String type) {
        ObjectNode reply = sample(type);
        reply.put("orderId", orderId);
        send(orderId, type, reply);
    }

    private void send(String orderId, String type, ObjectNode payload) {
        kafka.send(
                STOCK,
                orderId,
                Map.of(
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "vn.ocop.fair.catalog." + type + ".v1",
                        "ce_source", "/catalog-service",
                        "ce_specversion", "1.0",
                        "content-type", "application/json"),
                json.writeValueAsString(payload).getBytes(UTF_8));
    }

    private JsonNode read(ConsumerRecord<String, byte[]> record) {
        return json.readTree(new String(record.value(), UTF_8));
    }

    private ObjectNode sample(String type) {
        return PublishedSamples.CATALOG.tree(type, json);
    }
}
