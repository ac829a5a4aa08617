package vn.ocop.fair.support.mongo;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Registers the ping-based indicator as the {@code mongo} health contributor. */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnBean(MongoClient.class)
public class MongoPingHealthAutoConfiguration {

    @Bean("mongoHealthIndicator")
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }
}
