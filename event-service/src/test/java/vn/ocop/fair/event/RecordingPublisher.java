package vn.ocop.fair.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.ocop.fair.support.outbox.OutboxEntry;
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

        @Bean
        @Primary
        RecordingPublisher recordingPublisher(@Qualifier("outboxPublisher") OutboxPublisher real) {
            return new RecordingPublisher(real);
        }
    }
}
