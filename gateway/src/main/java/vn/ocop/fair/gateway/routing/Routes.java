package vn.ocop.fair.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import vn.ocop.fair.gateway.GatewayProperties;

/** One route per service: the path prefix it owns at the gateway, proxied unchanged to the service. */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    RouterFunction<ServerResponse> catalogRoute(GatewayProperties properties) {
        return proxy("catalog", "/api/catalog/**", properties.services().catalog());
    }

    @Bean
    RouterFunction<ServerResponse> orderRoute(GatewayProperties properties) {
        return proxy("order", "/api/orders/**", properties.services().order());
    }

    @Bean
    RouterFunction<ServerResponse> eventRoute(GatewayProperties properties) {
        return proxy("event", "/api/fairs/**", properties.services().event());
    }

    @Bean
    RouterFunction<ServerResponse> notificationRoute(GatewayProperties properties) {
        return proxy(
                "notification", "/api/notifications/**", properties.services().notification());
    }

    private static RouterFunction<ServerResponse> proxy(String id, String pattern, URI service) {
        return route(id).route(path(pattern), http()).before(uri(service)).build();
    }
}
