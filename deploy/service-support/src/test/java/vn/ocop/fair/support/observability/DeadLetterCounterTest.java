package vn.ocop.fair.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.support.events.UnreadableEvent;

class DeadLetterCounterTest {

    @Test
    void countsDeadLettersPerTopicAndGroupAndKeepsTheOriginalPartition() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetterCounter counter = new DeadLetterCounter(meters);

        Integer partition = counter.apply(
                "catalog-service",
                new ConsumerRecord<>("ocop.orders.v1", 2, 7L, "o-1", "x"),
                new IllegalStateException());
        counter.apply(
                "catalog-service",
                new ConsumerRecord<>("ocop.orders.v1", 0, 8L, "o-2", "x"),
                new IllegalStateException());

        assertThat(partition).isEqualTo(2);
        assertThat(meters.get("ocop.dlq.records")
                        .tag("topic", "ocop.orders.v1")
                        .tag("group", "catalog-service")
                        .tag("reason", "failed")
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void countsUnreadableRecordsApartFromThoseWhoseRetriesFailed() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetterCounter counter = new DeadLetterCounter(meters);

        counter.apply(
                "catalog-service",
                new ConsumerRecord<>("ocop.orders.v1", 0, 9L, "o-3", "x"),
                new RuntimeException("listener failed", new UnreadableEvent("record without a CloudEvents type")));

        assertThat(meters.get("ocop.dlq.records")
                        .tag("reason", "unreadable")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }
}
