package vn.ocop.fair.order.config;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.ocop.fair.support.security.ResourceServerDefaults;

/**
 * Every endpoint of order-service has a rule here; anything else is denied (see {@link
 * ResourceServerDefaults#filterChain}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain orderSecurity(HttpSecurity http) throws Exception {
        return ResourceServerDefaults.filterChain(
                http,
                "/api/orders",
                rules -> rules.requestMatchers(GET, "/api/orders/products/*").permitAll());
    }
}
