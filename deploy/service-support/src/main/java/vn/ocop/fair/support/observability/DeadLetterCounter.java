package vn.ocop.fair.support.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * Counts every record the binder sends to a dead-letter topic, as
 * {@code ocop_dlq_records_total{topic,group,reason}} (topic: the record's original topic; reason:
 * {@code unreadable} for an {@link UnreadableEvent}, sent at once, {@code failed} after retries), and keeps the
 * binder's default of the original partition (the DLQs have as many partitions as their topics).
 */
public class DeadLetterCounter implements DlqPartitionFunction {

    public static final String METER = "ocop.dlq.records";

    private final MeterRegistry meters;

    public DeadLetterCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Integer apply(String group, ConsumerRecord<?, ?> record, Throwable failure) {
        Counter.builder(METER)
                .description(
                        "Records sent to a dead-letter topic: unreadable at once, others after their retries failed")
                .tag("topic", record.topic())
                .tag("group", group)
                .tag("reason", unreadable(failure) ? "unreadable" : "failed")
                .register(meters)
                .increment();
        return record.partition();
    }

    private static boolean unreadable(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableEvent) {
                return true;
            }
        }
        return false;
    }
}
