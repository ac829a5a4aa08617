package vn.ocop.fair.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.support.outbox.KafkaOutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxEntry;
import vn.ocop.fair.support.outbox.OutboxProperties;
import vn.ocop.fair.support.outbox.OutboxPublisher;

/** The real Kafka publisher, noting every event the broker acknowledged (to count them per fair). */
public final class RecordingPublisher implements OutboxPublisher {

    private final OutboxPublisher real;
    private final List<OutboxEntry> published = new CopyOnWriteArrayList<>();

    RecordingPublisher(OutboxPublisher real) {
        this.real = real;
    }

    @Override
    public void publish(OutboxEntry entry) throws Exception {
        real.publish(entry);
        published.add(entry);
    }

    /** The CloudEvents types published with this key (fair id), in order. */
    public List<String> typesFor(String key) {
        return published.stream()
                .filter(e -> e.key().equals(key))
                .map(e -> e.type().replace("vn.ocop.fair.event.", "").replace(".v1", ""))
                .toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        /** The service's publisher: service-support's auto-configuration then defines none. */
        @Bean
        RecordingPublisher recordingPublisher(ProducerFactory<?, ?> producers, OutboxProperties outbox) {
            return new RecordingPublisher(KafkaOutboxPublisher.using(producers, outbox.ackTimeout()));
        }
    }
}
