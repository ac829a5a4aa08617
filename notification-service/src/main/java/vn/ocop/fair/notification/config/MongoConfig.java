package vn.ocop.fair.notification.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.notification.NotificationProperties;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean
    MongoDatabase notificationDatabase(MongoClient client, NotificationProperties properties) {
        return client.getDatabase(properties.database());
    }
}
