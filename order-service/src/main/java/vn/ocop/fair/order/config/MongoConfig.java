package vn.ocop.fair.order.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.order.OrderProperties;
import vn.ocop.fair.order.ordering.Orders;
import vn.ocop.fair.support.outbox.OutboxCollections;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean
    MongoDatabase orderDatabase(MongoClient client, OrderProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** The collection whose documents carry an outbox: service-support runs its relay. */
    @Bean
    OutboxCollections outboxCollections(MongoDatabase orderDatabase) {
        return OutboxCollections.of(orderDatabase, Orders.COLLECTION);
    }
}
