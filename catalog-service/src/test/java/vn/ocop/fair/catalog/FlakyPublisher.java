package vn.ocop.fair.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.support.outbox.KafkaOutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxEntry;
import vn.ocop.fair.support.outbox.OutboxProperties;
import vn.ocop.fair.support.outbox.OutboxPublisher;

/**
 * Fault injection in front of the real Kafka publisher: while failing, every send fails as it
 * would with the broker unreachable; otherwise it passes through to the real broker.
 */
public final class FlakyPublisher implements OutboxPublisher {

    private final OutboxPublisher real;
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicInteger failures = new AtomicInteger();
    private final Map<String, AtomicInteger> publishedByKey = new ConcurrentHashMap<>();

    FlakyPublisher(OutboxPublisher real) {
        this.real = real;
    }

    public void startFailing() {
        failing.set(true);
    }

    public void recover() {
        failing.set(false);
    }

    public int failures() {
        return failures.get();
    }

    /** Events with this Kafka key the broker acknowledged so far. */
    public int published(String key) {
        AtomicInteger count = publishedByKey.get(key);
        return count == null ? 0 : count.get();
    }

    @Override
    public void publish(OutboxEntry entry) throws Exception {
        if (failing.get()) {
            failures.incrementAndGet();
            throw new org.apache.kafka.common.errors.TimeoutException("injected: broker unreachable");
        }
        real.publish(entry);
        publishedByKey.computeIfAbsent(entry.key(), k -> new AtomicInteger()).incrementAndGet();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        /** The service's publisher: service-support's auto-configuration then defines none. */
        @Bean
        FlakyPublisher flakyPublisher(ProducerFactory<?, ?> producers, OutboxProperties outbox) {
            return new FlakyPublisher(KafkaOutboxPublisher.using(producers, outbox.ackTimeout()));
        }
    }
}
