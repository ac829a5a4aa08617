package vn.ocop.fair.event.config;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.ocop.fair.support.security.ResourceServerDefaults;

/**
 * Every endpoint of event-service has a rule here; anything else is denied (see {@link
 * ResourceServerDefaults#filterChain}). Who sees a draft fair, and which producer's applications a
 * producer may see or withdraw, is decided in the service itself.
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
            // booths and exhibitors
            rules.requestMatchers(GET, "/api/fairs/*/booths").permitAll();
            rules.requestMatchers(POST, "/api/fairs/*/booths", "/api/fairs/*/booths/grid")
                    .hasRole(ORGANISER);
            rules.requestMatchers(PATCH, "/api/fairs/*/booths/*").hasRole(ORGANISER);
            rules.requestMatchers(PUT, "/api/fairs/*/booths/*/assignment").hasRole(ORGANISER);
            rules.requestMatchers(DELETE, "/api/fairs/*/booths/*/assignment").hasRole(ORGANISER);
            rules.requestMatchers(POST, "/api/fairs/*/applications/*/decision").hasRole(ORGANISER);
            rules.requestMatchers(GET, "/api/fairs/*/applications", "/api/fairs/*/applications/*")
                    .hasAnyRole("PRODUCER", ORGANISER);
            rules.requestMatchers(POST, "/api/fairs/*/applications", "/api/fairs/*/applications/*/withdrawal")
                    .hasAnyRole("PRODUCER", ORGANISER);
        });
    }
}
