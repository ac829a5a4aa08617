package vn.ocop.fair.gateway.routing;

import io.github.resilience4j.common.circuitbreaker.configuration.CircuitBreakerConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.fair.gateway.limits.BodyTooLarge;

/**
 * The circuit breakers around the routes. A body cut off for being too large is the client's fault,
 * not the service's: it never counts against a breaker. The proxied call runs on the request's own
 * thread (no time limiter: {@code spring.cloud.circuitbreaker.resilience4j.disable-time-limiter}), so
 * its log lines carry the request's MDC as they are; the client's read time-out limits a hung service.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    CircuitBreakerConfigCustomizer catalogBreakerIgnoresOversizedBodies() {
        return ignoringOversizedBodies("catalog");
    }

    @Bean
    CircuitBreakerConfigCustomizer orderBreakerIgnoresOversizedBodies() {
        return ignoringOversizedBodies("order");
    }

    @Bean
    CircuitBreakerConfigCustomizer eventBreakerIgnoresOversizedBodies() {
        return ignoringOversizedBodies("event");
    }

    @Bean
    CircuitBreakerConfigCustomizer notificationBreakerIgnoresOversizedBodies() {
        return ignoringOversizedBodies("notification");
    }

    private static CircuitBreakerConfigCustomizer ignoringOversizedBodies(String route) {
        return CircuitBreakerConfigCustomizer.of(route, breaker -> breaker.ignoreException(BodyTooLarge::causedBy));
    }
}
