package vn.ocop.fair.event.booth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.event.EventProperties;
import vn.ocop.fair.support.outbox.KafkaOutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxPublisher;

/**
 * The service's outbox publisher, for this branch only: {@code config/OutboxConfig} declares the
 * same bean on the fairs branch, and this class is deleted when the two are merged.
 */
@Configuration(proxyBeanMethods = false)
class BoothOutboxPublisherConfig {

    @Bean
    OutboxPublisher outboxPublisher(ProducerFactory<?, ?> producers, EventProperties properties) {
        return KafkaOutboxPublisher.using(producers, properties.booths().ackTimeout());
    }
}
