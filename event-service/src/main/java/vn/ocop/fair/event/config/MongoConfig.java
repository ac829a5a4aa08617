package vn.ocop.fair.event.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.event.EventProperties;
import vn.ocop.fair.event.application.Applications;
import vn.ocop.fair.event.booth.AssignmentDocuments;
import vn.ocop.fair.event.fair.Fairs;
import vn.ocop.fair.event.programme.Programmes;
import vn.ocop.fair.event.promotion.Promotions;
import vn.ocop.fair.support.outbox.OutboxCollections;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean
    MongoDatabase eventDatabase(MongoClient client, EventProperties properties) {
        return client.getDatabase(properties.database());
    }

    /**
     * The collections whose documents carry an outbox, each with its relay (service-support):
     * {@code fairs}, {@code programmes}, {@code promotions}, {@code booth_assignments} (BoothAssigned,
     * BoothReleased) and {@code applications} (ExhibitorApplied, ExhibitorApplicationDecided).
     */
    @Bean
    OutboxCollections outboxCollections(MongoDatabase eventDatabase) {
        return OutboxCollections.of(
                eventDatabase,
                Fairs.COLLECTION,
                Programmes.COLLECTION,
                Promotions.COLLECTION,
                AssignmentDocuments.COLLECTION,
                Applications.COLLECTION);
    }
}
