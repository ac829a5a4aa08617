package vn.ocop.fair.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the shared broker and database, and at the test JVM's token issuer. Plain properties rather than
 * {@code @ServiceConnection}: the Kafka binder reads {@code spring.kafka.bootstrap-servers} and
 * ignores Boot's {@code KafkaConnectionDetails}, so it would look for a broker on localhost:9092.
 */
public final class SharedInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SharedInfrastructure.Endpoints endpoints = SharedInfrastructure.endpoints();
        TestTokens tokens = TestTokens.shared();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "ocopSharedInfrastructure",
                        Map.of(
                                "spring.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers(),
                                "spring.mongodb.uri", endpoints.mongoConnectionString(),
                                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwkSetUri(),
                                "spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens.issuer())));
    }
}
