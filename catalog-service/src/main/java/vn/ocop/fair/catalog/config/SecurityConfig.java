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
 * Every endpoint of catalog-service has a rule here; anything else is denied (see {@link
 * ResourceServerDefaults#filterChain}). Which producer's products a
 * producer may touch is decided in the catalogue itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain catalogSecurity(HttpSecurity http) throws Exception {
        return ResourceServerDefaults.filterChain(http, "/api/catalog", rules -> {
            rules.requestMatchers(
                            GET,
                            "/api/catalog/products",
                            "/api/catalog/products/*",
                            "/api/catalog/producers",
                            "/api/catalog/producers/*")
                    .permitAll();
            rules.requestMatchers(
                            POST,
                            "/api/catalog/products",
                            "/api/catalog/products/*/list",
                            "/api/catalog/products/*/delist",
                            "/api/catalog/products/*/stock/adjustments")
                    .hasAnyRole("PRODUCER", "ORGANISER");
            rules.requestMatchers(PUT, "/api/catalog/products/*", "/api/catalog/products/*/stock/low-threshold")
                    .hasAnyRole("PRODUCER", "ORGANISER");
            rules.requestMatchers(GET, "/api/catalog/products/*/stock").hasAnyRole("PRODUCER", "ORGANISER");
            rules.requestMatchers(PUT, "/api/catalog/producers/*").hasRole("ORGANISER");
            rules.requestMatchers(POST, "/api/catalog/imports").hasRole("ORGANISER");
        });
    }
}
