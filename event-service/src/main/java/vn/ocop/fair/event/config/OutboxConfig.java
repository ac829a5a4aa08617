package vn.ocop.fair.event.config;

import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ProducerFactory;
import vn.ocop.fair.event.EventProperties;
import vn.ocop.fair.event.application.Applications;
import vn.ocop.fair.event.booth.AssignmentDocuments;
import vn.ocop.fair.event.fair.Fairs;
import vn.ocop.fair.event.programme.Programmes;
import vn.ocop.fair.event.promotion.Promotions;
import vn.ocop.fair.support.outbox.KafkaOutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxRelay;

/**
 * The outbox publisher and one relay per collection that carries an outbox, all with the service's
 * {@code ocop.event.outbox} settings: {@code fairs}, {@code programmes}, {@code promotions}, {@code
 * booth_assignments} (BoothAssigned, BoothReleased) and {@code applications} (ExhibitorApplied,
 * ExhibitorApplicationDecided). Every relay bean is injected by name ({@code @Qualifier}) where it
 * is woken, so none is {@code @Primary}.
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

    @Bean
    OutboxRelay boothAssignmentOutboxRelay(
            AssignmentDocuments assignments,
            OutboxPublisher publisher,
            EventProperties properties,
            MeterRegistry meters) {
        return relay(assignments.collection(), publisher, properties, meters);
    }

    @Bean
    OutboxRelay applicationOutboxRelay(
            Applications applications, OutboxPublisher publisher, EventProperties properties, MeterRegistry meters) {
        return relay(applications.collection(), publisher, properties, meters);
    }

    /** A relay of {@code collection} with the service's outbox settings. */
    private static OutboxRelay relay(
            MongoCollection<Document> collection,
            OutboxPublisher publisher,
            EventProperties properties,
            MeterRegistry meters) {
        EventProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(collection, publisher, outbox.pollInterval(), outbox.batchSize(), meters);
    }
}
