package vn.ocop.fair.catalog.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.ocop.fair.support.security.ResourceServerDefaults;

/**
 * Every endpoint of catalog-service has a rule here; anything else is denied. Which producer's
 * products a producer may touch is decided in the catalogue itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain catalogSecurity(HttpSecurity http) throws Exception {
        ResourceServerDefaults.applyTo(http)
                .authorizeHttpRequests(rules -> rules.requestMatchers(
                                "/actuator/health/**",
                                "/actuator/health",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/error")
                        .permitAll()
                        .requestMatchers(GET, "/api/catalog/v3/api-docs/**", "/api/catalog/v3/api-docs")
                        .permitAll()
                        .requestMatchers(
                                GET,
                                "/api/catalog/products",
                                "/api/catalog/products/*",
                                "/api/catalog/producers",
                                "/api/catalog/producers/*")
                        .permitAll()
                        .requestMatchers(
                                POST,
                                "/api/catalog/products",
                                "/api/catalog/products/*/list",
                                "/api/catalog/products/*/delist")
                        .hasAnyRole("PRODUCER", "ORGANISER")
                        .requestMatchers(PUT, "/api/catalog/products/*")
                        .hasAnyRole("PRODUCER", "ORGANISER")
                        .requestMatchers(PUT, "/api/catalog/producers/*")
                        .hasRole("ORGANISER")
                        .requestMatchers(POST, "/api/catalog/imports")
                        .hasRole("ORGANISER")
                        .requestMatchers(GET, "/api/catalog/products/*/stock")
                        .hasAnyRole("PRODUCER", "ORGANISER")
                        .requestMatchers(POST, "/api/catalog/products/*/stock/adjustments")
                        .hasAnyRole("PRODUCER", "ORGANISER")
                        .requestMatchers(PUT, "/api/catalog/products/*/stock/low-threshold")
                        .hasAnyRole("PRODUCER", "ORGANISER")
                        .anyRequest()
                        .denyAll());
        return http.build();
    }
}
