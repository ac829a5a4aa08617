package vn.ocop.fair.notification.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.ocop.fair.support.security.ResourceServerDefaults;

/**
 * Every endpoint of notification-service has a rule here; anything else is denied (see {@link
 * ResourceServerDefaults#filterChain}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain notificationSecurity(HttpSecurity http) throws Exception {
        return ResourceServerDefaults.filterChain(http, "/api/notifications", rules -> {});
    }
}
