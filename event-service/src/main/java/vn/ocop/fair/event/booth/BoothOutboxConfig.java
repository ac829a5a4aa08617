package vn.ocop.fair.event.booth;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.event.EventProperties;
import vn.ocop.fair.event.application.Applications;
import vn.ocop.fair.support.outbox.OutboxPublisher;
import vn.ocop.fair.support.outbox.OutboxRelay;

/**
 * The outbox relays of the booth events ({@code booth_assignments}: BoothAssigned, BoothReleased)
 * and the application events ({@code applications}: ExhibitorApplied, ExhibitorApplicationDecided),
 * injected by name where they are woken.
 */
@Configuration(proxyBeanMethods = false)
class BoothOutboxConfig {

    @Bean
    OutboxRelay boothAssignmentOutboxRelay(
            AssignmentDocuments documents,
            OutboxPublisher publisher,
            EventProperties properties,
            MeterRegistry meters) {
        EventProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(documents.collection(), publisher, outbox.pollInterval(), outbox.batchSize(), meters);
    }

    @Bean
    OutboxRelay applicationOutboxRelay(
            Applications applications, OutboxPublisher publisher, EventProperties properties, MeterRegistry meters) {
        EventProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(applications.collection(), publisher, outbox.pollInterval(), outbox.batchSize(), meters);
    }
}
