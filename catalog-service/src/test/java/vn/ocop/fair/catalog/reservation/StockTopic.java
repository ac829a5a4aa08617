package vn.ocop.fair.catalog.reservation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.ocop.fair.testsupport.KafkaTestClient;
import vn.ocop.fair.testsupport.SharedInfrastructure;

/** Reads what catalog published on {@code ocop.catalog.stock.v1} about some orders or products. */
final class StockTopic {

    static final String TOPIC = "ocop.catalog.stock.v1";

    private StockTopic() {}

    /**
     * Every record keyed by one of {@code keys}, read from the start until {@code enough} holds for
     * them (then a little longer, so a duplicate would show) or {@code timeout} passes.
     */
    static List<ConsumerRecord<String, byte[]>> read(
            Set<String> keys, Predicate<List<ConsumerRecord<String, byte[]>>> enough, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.endpoints().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!enough.test(seen) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        seen.add(r);
                    }
                });
            }
            consumer.poll(Duration.ofMillis(700)).forEach(r -> {
                if (keys.contains(r.key())) {
                    seen.add(r);
                }
            });
        }
        return seen;
    }

    /** The event names (ce_type without prefix and version) of these records, in order. */
    static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .map(r -> KafkaTestClient.header(r, "ce_type")
                        .replace("vn.ocop.fair.catalog.", "")
                        .replace(".v1", ""))
                .toList();
    }
}
