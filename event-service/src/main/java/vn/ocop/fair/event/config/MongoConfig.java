package vn.ocop.fair.event.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.event.EventProperties;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean
    MongoDatabase eventDatabase(MongoClient client, EventProperties properties) {
        return client.getDatabase(properties.database());
    }
}
