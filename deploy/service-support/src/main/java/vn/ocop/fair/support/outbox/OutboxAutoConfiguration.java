package vn.ocop.fair.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The outbox of a service that declares its outbox collections ({@link OutboxCollections}): the
 * Kafka publisher, unless the service has its own, and one {@link OutboxRelay} per collection, all
 * with the {@code ocop.outbox.*} settings ({@link OutboxProperties}), reached through {@link
 * OutboxRelays}.
 */
@AutoConfiguration
@ConditionalOnBean(OutboxCollections.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(OutboxPublisher.class)
    OutboxPublisher outboxPublisher(ProducerFactory<?, ?> producers, OutboxProperties properties) {
        return KafkaOutboxPublisher.using(producers, properties.ackTimeout());
    }

    @Bean
    OutboxRelays outboxRelays(
            ObjectProvider<OutboxCollections> declared,
            OutboxPublisher publisher,
            OutboxProperties properties,
            MeterRegistry meters) {
        Map<String, OutboxRelay> relays = new LinkedHashMap<>();
        declared.orderedStream()
                .forEach(collections -> collections.byName().forEach((name, collection) -> {
                    OutboxRelay relay = new OutboxRelay(
                            collection, publisher, properties.pollInterval(), properties.batchSize(), meters);
                    if (relays.put(name, relay) != null) {
                        throw new IllegalStateException("Outbox collection " + name + " is declared twice");
                    }
                }));
        return new OutboxRelays(relays);
    }
}
