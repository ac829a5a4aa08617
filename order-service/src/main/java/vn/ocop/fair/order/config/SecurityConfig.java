package vn.ocop.fair.order.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.ocop.fair.support.security.ResourceServerDefaults;

/**
 * Every endpoint of order-service has a rule here; anything else is denied (see {@link
 * ResourceServerDefaults#filterChain}). Whose order a caller may see or cancel is decided in the
 * ordering feature itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain orderSecurity(HttpSecurity http) throws Exception {
        return ResourceServerDefaults.filterChain(http, "/api/orders", rules -> {
            rules.requestMatchers(GET, "/api/orders/products/*").permitAll();
            rules.requestMatchers(POST, "/api/orders").hasRole("CUSTOMER");
            rules.requestMatchers(GET, "/api/orders/producer-lines").hasRole("PRODUCER");
            rules.requestMatchers(POST, "/api/orders/*/payment", "/api/orders/*/fulfilment")
                    .hasAnyRole("ORGANISER", "OPERATOR");
            rules.requestMatchers(POST, "/api/orders/*/cancellation").hasAnyRole("CUSTOMER", "ORGANISER", "OPERATOR");
            rules.requestMatchers(GET, "/api/orders", "/api/orders/*")
                    .hasAnyRole("CUSTOMER", "PRODUCER", "ORGANISER", "OPERATOR");
        });
    }
}
