package vn.ocop.fair.gateway.limits;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.ocop.fair.gateway.GatewayProperties;

/** The body limit first of all filters (after the request id); the rate limit right after authentication. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    private static final Duration REDIS_TIMEOUT = Duration.ofMillis(500);

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(GatewayProperties properties) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(
                properties.limits().maxBodySize(), properties.limits().maxImportSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, GatewayProperties properties) {
        GatewayProperties.Limits limits = properties.limits();
        var policies = new RateLimitFilter.Policies(
                RatePolicy.of("browsing", limits.browsing()),
                RatePolicy.of("ordering", limits.ordering()),
                RatePolicy.shared("anonymous", limits.browsing(), limits.anonymousClientsPerAddress()),
                RatePolicy.of("token", limits.token()));
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(limiter, policies));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    RateLimiter rateLimiter(BucketStore bucketStore, MeterRegistry meters) {
        return new RateLimiter(bucketStore, new InMemoryBucketStore(), meters, Clock.systemUTC());
    }

    @Bean
    BucketStore bucketStore(GatewayProperties properties) {
        URI redis = properties.limits().redisUri();
        return redis == null
                ? new InMemoryBucketStore()
                : new RedisBucketStore(redis, REDIS_TIMEOUT, Clock.systemUTC());
    }
}
