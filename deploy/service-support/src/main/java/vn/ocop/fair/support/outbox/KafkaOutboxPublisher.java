package vn.ocop.fair.support.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.support.events.CloudEventHeaders;

/** Sends an outbox entry as a CloudEvent in Kafka binary mode and waits for the broker's ack. */
public final class KafkaOutboxPublisher implements OutboxPublisher {

    /** The W3C trace-context header the consumers' Kafka observation continues the trace from. */
    public static final String TRACEPARENT = "traceparent";

    private final KafkaTemplate<String, String> kafka;
    private final Duration ackTimeout;

    private KafkaOutboxPublisher(KafkaTemplate<String, String> kafka, Duration ackTimeout) {
        this.kafka = kafka;
        this.ackTimeout = ackTimeout;
    }

    /**
     * A publisher with the application's producer settings ({@code spring.kafka.producer.*}: acks,
     * idempotence, time-outs) but its own String serialisers: the Kafka binder switches the
     * application's default serialisers to byte arrays, which would reject String keys and values.
     */
    public static KafkaOutboxPublisher using(ProducerFactory<?, ?> applicationProducers, Duration ackTimeout) {
        Map<String, Object> settings = new HashMap<>(applicationProducers.getConfigurationProperties());
        // the relay waits for the acks of what it sent: a batching delay only slows it (5 ms default in Kafka 4)
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        var producers = new DefaultKafkaProducerFactory<>(settings, new StringSerializer(), new StringSerializer());
        return new KafkaOutboxPublisher(new KafkaTemplate<>(producers), ackTimeout);
    }

    @Override
    public void publish(OutboxEntry entry) throws Exception {
        publishAsync(entry).get();
    }

    @Override
    public CompletableFuture<Void> publishAsync(OutboxEntry entry) {
        try {
            return kafka.send(record(entry))
                    .orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .thenApply(acknowledged -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static ProducerRecord<String, String> record(OutboxEntry entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), null, entry.key(), entry.payload());
        Headers headers = record.headers();
        headers.add(CloudEventHeaders.ID, entry.id().getBytes(UTF_8));
        headers.add(CloudEventHeaders.TYPE, entry.type().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SOURCE, entry.source().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, entry.key().getBytes(UTF_8));
        headers.add(CloudEventHeaders.TIME, entry.time().toString().getBytes(UTF_8));
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(UTF_8));
        if (entry.traceparent() != null) {
            headers.add(TRACEPARENT, entry.traceparent().getBytes(UTF_8));
        }
        return record;
    }
}
