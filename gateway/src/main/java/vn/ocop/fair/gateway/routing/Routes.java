package vn.ocop.fair.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.List;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import vn.ocop.fair.gateway.GatewayProperties;
import vn.ocop.fair.gateway.security.BearerChallenge;

/**
 * One route per service: the path prefix it owns at the gateway, proxied unchanged to the service,
 * inside the route's circuit breaker ({@code resilience4j.circuitbreaker.instances.<route id>}) and time limit,
 * with GETs retried inside them.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    /** The route ids, which are also the circuit breaker names. */
    static final List<String> IDS = List.of("catalog", "order", "event", "notification");

    /** Where a route's circuit breaker forwards: the Java DSL takes a plain path ({@code forward:} is YAML's form). */
    static final String FALLBACK = "/fallback";

    @Bean
    RouterFunction<ServerResponse> catalogRoute(GatewayProperties properties) {
        return proxy("catalog", "/api/catalog/**", properties.services().catalog(), properties);
    }

    @Bean
    RouterFunction<ServerResponse> orderRoute(GatewayProperties properties) {
        return proxy("order", "/api/orders/**", properties.services().order(), properties);
    }

    @Bean
    RouterFunction<ServerResponse> eventRoute(GatewayProperties properties) {
        return proxy("event", "/api/fairs/**", properties.services().event(), properties);
    }

    @Bean
    RouterFunction<ServerResponse> notificationRoute(GatewayProperties properties) {
        return proxy(
                "notification", "/api/notifications/**", properties.services().notification(), properties);
    }

    /**
     * notification-service's live stream (Server-Sent Events): matched before the service's route,
     * outside its circuit breaker and time limit, and streamed, not buffered ({@link EventStreamProxy}).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> notificationStreamRoute(GatewayProperties properties) {
        return RouterFunctions.route(
                GET("/api/notifications/stream"),
                new EventStreamProxy(properties.services().notification()));
    }

    /** Health (with liveness and readiness) on the public port, answered by the management server. */
    @Bean
    RouterFunction<ServerResponse> healthRoute(ManagementPort managementPort) {
        return route("health")
                .route(GET("/actuator/health").or(GET("/actuator/health/**")), http())
                .before(request -> {
                    MvcUtils.setRequestUrl(request, managementPort.uri());
                    return request;
                })
                .build();
    }

    /**
     * A service's 401/403 challenge names the service's own address ({@code resource_metadata}); the
     * client gets the gateway's fixed challenge instead, keeping only the RFC 6750 error code.
     */
    static ServerResponse withFixedChallenge(ServerRequest request, ServerResponse response) {
        String challenge = response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE);
        if (challenge != null) {
            response.headers().set(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.fromService(challenge));
        }
        return response;
    }

    private static RouterFunction<ServerResponse> proxy(
            String id, String pattern, URI service, GatewayProperties properties) {
        return route(id)
                .route(path(pattern), http())
                .before(uri(service))
                .filter(circuitBreaker(config -> config.setId(id).setFallbackPath(FALLBACK)))
                .filter(GetRetries.of(properties.resilience().getRetries()))
                .after(Routes::withFixedChallenge)
                .build();
    }
}
