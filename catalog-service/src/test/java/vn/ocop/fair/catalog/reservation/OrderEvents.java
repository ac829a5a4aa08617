package vn.ocop.fair.catalog.reservation;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.ocop.fair.testsupport.SharedInfrastructure;

/**
 * order-service's events as tests send them to {@code ocop.orders.v1}: CloudEvents headers, JSON in
 * the shape of order-service's pinned samples. One producer for the test JVM.
 */
public final class OrderEvents {

    public static final String TOPIC = "ocop.orders.v1";
    private static KafkaProducer<String, byte[]> producer;

    private OrderEvents() {}

    /** An OrderPlaced of these lines, product id → quantity, in order. */
    public static Event placed(String orderId, Map<String, Integer> lines) {
        String json = lines.entrySet().stream()
                .map(l -> "{\"productId\":\"%s\",\"quantity\":%d,\"unitPriceVnd\":450000}"
                        .formatted(l.getKey(), l.getValue()))
                .collect(Collectors.joining(","));
        return new Event("OrderPlaced", orderId, """
                {"orderId":"%s","customerId":"khachhang","fairId":"tuan-hang-ocop-dong-da-2026","lines":[%s],
                 "totalVnd":450000,"occurredAt":"%s"}""".formatted(orderId, json, Instant.now()));
    }

    /** OrderCancelled, OrderRejected, OrderExpired or OrderFulfilled. */
    public static Event ended(String type, String orderId) {
        return new Event(
                type,
                orderId,
                "{\"orderId\":\"%s\",\"customerId\":\"khachhang\",\"reason\":\"test\",\"occurredAt\":\"%s\"}"
                        .formatted(orderId, Instant.now()));
    }

    /** @param id the CloudEvents id: a redelivery carries the same one */
    public record Event(String type, String orderId, String json, String id) {

        Event(String type, String orderId, String json) {
            this(type, orderId, json, UUID.randomUUID().toString());
        }

        /** Sends it; {@code partition} null for the key's partition. */
        public Future<RecordMetadata> send(Integer partition) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(TOPIC, partition, orderId, json.getBytes(UTF_8));
            Map.of(
                            "ce_id",
                            id,
                            "ce_type",
                            "vn.ocop.fair.order." + type + ".v1",
                            "ce_source",
                            "/order-service",
                            "ce_subject",
                            orderId,
                            "ce_specversion",
                            "1.0",
                            "content-type",
                            "application/json")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
            return producer().send(record);
        }

        public void sendAndWait(Integer partition) {
            try {
                send(partition).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not send " + type + " " + orderId, e);
            }
        }
    }

    public static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    SharedInfrastructure.endpoints().kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class,
                    ProducerConfig.LINGER_MS_CONFIG,
                    5));
        }
        return producer;
    }
}
