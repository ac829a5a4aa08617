package vn.ocop.fair.event.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.ocop.fair.support.security.ResourceServerDefaults;

/**
 * Every endpoint of event-service has a rule here; anything else is denied (see {@link
 * ResourceServerDefaults#filterChain}). Who sees a draft fair is decided in the service.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String ORGANISER = "ORGANISER";

    @Bean
    SecurityFilterChain eventSecurity(HttpSecurity http) throws Exception {
        return ResourceServerDefaults.filterChain(http, "/api/fairs", rules -> {
            // fairs, programme, promotions
            rules.requestMatchers(
                            GET,
                            "/api/fairs",
                            "/api/fairs/calendar.ics",
                            "/api/fairs/*",
                            "/api/fairs/*/activities",
                            "/api/fairs/*/programme.ics",
                            "/api/fairs/*/promotions")
                    .permitAll();
            rules.requestMatchers(
                            POST,
                            "/api/fairs",
                            "/api/fairs/*/publication",
                            "/api/fairs/*/cancellation",
                            "/api/fairs/*/activities",
                            "/api/fairs/*/promotions",
                            "/api/fairs/*/promotions/*/withdrawal")
                    .hasRole(ORGANISER);
            rules.requestMatchers(PUT, "/api/fairs/*").hasRole(ORGANISER);
        });
    }
}
