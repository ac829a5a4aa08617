package vn.ocop.fair.catalog.reservation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.ocop.fair.testsupport.KafkaTestClient;

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
        try (var consumer = KafkaTestClient.shared().newConsumer()) {
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
