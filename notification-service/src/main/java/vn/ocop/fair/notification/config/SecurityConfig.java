package vn.ocop.fair.notification.config;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.ocop.fair.support.security.ResourceServerDefaults;

/** Every endpoint of notification-service has a rule here; anything else is denied. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain notificationSecurity(HttpSecurity http) throws Exception {
        ResourceServerDefaults.applyTo(http)
                .authorizeHttpRequests(rules -> rules.requestMatchers(
                                "/actuator/health/**",
                                "/actuator/health",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/error")
                        .permitAll()
                        .requestMatchers(GET, "/api/notifications/v3/api-docs/**", "/api/notifications/v3/api-docs")
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }
}
