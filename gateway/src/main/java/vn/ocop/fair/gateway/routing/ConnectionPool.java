package vn.ocop.fair.gateway.routing;

import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sizes httpclient5's connection pool for a proxy. Its default, 5 connections per route, made every
 * service reachable by at most 5 requests at once: measured here, the gateway carried 19–26% of
 * direct throughput with it (deploy/bench/gateway-cost.sh).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionPool {

    static final int PER_SERVICE = 200;

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> proxyConnectionPool() {
        return builder -> builder.withConnectionManagerCustomizer(
                pool -> pool.setMaxConnPerRoute(PER_SERVICE).setMaxConnTotal(4 * PER_SERVICE));
    }
}
