package vn.ocop.fair.notification.config;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import vn.ocop.fair.support.security.ResourceServerDefaults;

/**
 * Every endpoint of notification-service has a rule here; anything else is denied (see {@link
 * ResourceServerDefaults#filterChain}). Any signed-in user has a feed, preferences and
 * subscriptions (whose object-level rule, "only your own", lives in the stores); webhooks are for
 * organisers and operators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String STREAM = "/api/notifications/stream";

    @Bean
    SecurityFilterChain notificationSecurity(HttpSecurity http) throws Exception {
        return ResourceServerDefaults.filterChain(http, "/api/notifications", rules -> {
            // the SSE stream's async dispatches re-enter the chain after the response is committed
            rules.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
            rules.requestMatchers(POST, "/api/notifications/webhooks").hasAnyRole("ORGANISER", "OPERATOR");
            rules.requestMatchers(GET, "/api/notifications/webhooks", "/api/notifications/webhooks/*/deliveries")
                    .hasAnyRole("ORGANISER", "OPERATOR");
            rules.requestMatchers(DELETE, "/api/notifications/webhooks/*").hasAnyRole("ORGANISER", "OPERATOR");
            rules.requestMatchers(
                            GET,
                            "/api/notifications",
                            "/api/notifications/unread-count",
                            STREAM,
                            "/api/notifications/preferences",
                            "/api/notifications/subscriptions")
                    .authenticated();
            rules.requestMatchers(PUT, "/api/notifications/preferences", "/api/notifications/*/read")
                    .authenticated();
            rules.requestMatchers(POST, "/api/notifications/subscriptions").authenticated();
            rules.requestMatchers(DELETE, "/api/notifications/subscriptions/*").authenticated();
        });
    }

    /**
     * Browsers' EventSource cannot send an Authorization header: the live stream (and only it) also
     * takes the token as an {@code access_token} query parameter.
     */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
        DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
        headerOrQuery.setAllowUriQueryParameter(true);
        return request ->
                STREAM.equals(request.getRequestURI()) ? headerOrQuery.resolve(request) : headerOnly.resolve(request);
    }
}
