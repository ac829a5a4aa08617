package vn.ocop.fair.order.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.order.OrderProperties;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean
    MongoDatabase orderDatabase(MongoClient client, OrderProperties properties) {
        return client.getDatabase(properties.database());
    }
}
