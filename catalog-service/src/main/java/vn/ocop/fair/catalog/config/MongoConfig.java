package vn.ocop.fair.catalog.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.catalog.CatalogProperties;
import vn.ocop.fair.catalog.product.Products;
import vn.ocop.fair.catalog.reservation.Reservations;
import vn.ocop.fair.catalog.stock.Stocks;
import vn.ocop.fair.support.outbox.OutboxCollections;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean
    MongoDatabase catalogDatabase(MongoClient client, CatalogProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** The collections whose documents carry an outbox: service-support runs a relay for each. */
    @Bean
    OutboxCollections outboxCollections(MongoDatabase catalogDatabase) {
        return OutboxCollections.of(catalogDatabase, Products.COLLECTION, Stocks.COLLECTION, Reservations.COLLECTION);
    }
}
