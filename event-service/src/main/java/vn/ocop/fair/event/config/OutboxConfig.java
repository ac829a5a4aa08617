package vn.ocop.fair.event.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.event.EventProperties;
import vn.ocop.fair.event.fair.Fairs;
import vn.ocop.fair.event.programme.Programmes;
import vn.ocop.fair.event.promotion.Promotions;
import vn.ocop.fair.support.outbox.KafkaOutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxRelay;

/**
 * The outbox publisher and one relay per collection that carries an outbox. Every relay bean is
 * injected by name ({@code @Qualifier}), so none is {@code @Primary}; the relays of booths and
 * applications live in {@code booth/BoothOutboxConfig}.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfig {

    @Bean
    OutboxPublisher outboxPublisher(ProducerFactory<?, ?> producers, EventProperties properties) {
        return KafkaOutboxPublisher.using(producers, properties.outbox().ackTimeout());
    }

    @Bean
    OutboxRelay fairOutboxRelay(
            Fairs fairs, OutboxPublisher publisher, EventProperties properties, MeterRegistry meters) {
        return relay(fairs.collection(), publisher, properties, meters);
    }

    @Bean
    OutboxRelay programmeOutboxRelay(
            Programmes programmes, OutboxPublisher publisher, EventProperties properties, MeterRegistry meters) {
        return relay(programmes.collection(), publisher, properties, meters);
    }

    @Bean
    OutboxRelay promotionOutboxRelay(
            Promotions promotions, OutboxPublisher publisher, EventProperties properties, MeterRegistry meters) {
        return relay(promotions.collection(), publisher, properties, meters);
    }

    /** A relay of {@code collection} with the service's outbox settings. */
    private static OutboxRelay relay(
            com.mongodb.client.MongoCollection<org.bson.Document> collection,
            OutboxPublisher publisher,
            EventProperties properties,
            MeterRegistry meters) {
        EventProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(collection, publisher, outbox.pollInterval(), outbox.batchSize(), meters);
    }
}
