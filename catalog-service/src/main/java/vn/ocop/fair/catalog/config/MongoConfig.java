package vn.ocop.fair.catalog.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.catalog.CatalogProperties;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean
    MongoDatabase catalogDatabase(MongoClient client, CatalogProperties properties) {
        return client.getDatabase(properties.database());
    }
}
