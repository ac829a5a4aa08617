package vn.ocop.fair.gateway.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what through the gateway. Every path has an explicit rule and anything else is denied;
 * the table of what these rules mean for each role is {@code src/test/resources/authorisation-matrix.csv},
 * checked by a test. Object-level rules (whose order, whose product) stay in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CUSTOMER = "CUSTOMER";
    private static final String PRODUCER = "PRODUCER";
    private static final String ORGANISER = "ORGANISER";
    private static final String OPERATOR = "OPERATOR";
    private static final String[] ANY_ROLE = {CUSTOMER, PRODUCER, ORGANISER, OPERATOR};
    private static final List<HttpMethod> WRITES = List.of(POST, PUT, PATCH, DELETE);

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, ProblemAnswers answers) {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .oauth2ResourceServer(server ->
                        server.jwt(jwt -> {}).authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .authorizeHttpRequests(SecurityConfiguration::rules);
        return http.build();
    }

    /**
     * No observation (a metric and a trace span) per security filter, authentication and
     * authorisation: a dozen of them on every request were among the largest costs in the gateway's
     * profile (gateway/README.md). Each request is still observed as a whole ({@code
     * http.server.requests}, the server span), and so is its call to the service.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The bearer token from the header, or on the live stream also from the query ({@link BearerTokens}). */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        return new BearerTokens();
    }

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // the circuit-breaker fallback and error pages are reached by forwarding an already-authorised request
        requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                .permitAll();

        // the gateway's own endpoints: local issuer, health, API docs. The public port maps no other
        // actuator endpoint (404); the management port exposes only health, info and prometheus.
        requests.requestMatchers(GET, "/auth/jwks").permitAll();
        requests.requestMatchers(POST, "/auth/token").permitAll();
        requests.requestMatchers("/actuator/**").permitAll();
        requests.requestMatchers(GET, "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .permitAll();
        requests.requestMatchers(GET, "/api/*/v3/api-docs", "/api/*/v3/api-docs/**")
                .permitAll();

        // browsing is public
        requests.requestMatchers(GET, "/api/catalog/**", "/api/fairs/**", "/api/orders/products/**")
                .permitAll();

        // only organisers register producers and import certified-product lists
        requests.requestMatchers(POST, "/api/catalog/imports").hasRole(ORGANISER);
        requests.requestMatchers(PUT, "/api/catalog/producers/*").hasRole(ORGANISER);
        for (HttpMethod write : WRITES) {
            requests.requestMatchers(write, "/api/catalog/**").hasAnyRole(PRODUCER, ORGANISER);
            requests.requestMatchers(write, "/api/fairs/*/applications", "/api/fairs/*/applications/**")
                    .hasAnyRole(PRODUCER, ORGANISER);
            requests.requestMatchers(write, "/api/fairs/**").hasRole(ORGANISER);
        }

        // with and without a trailing slash: the route takes both, so the rule must too
        requests.requestMatchers(POST, "/api/orders", "/api/orders/").hasRole(CUSTOMER);
        requests.requestMatchers("/api/orders/**").hasAnyRole(ANY_ROLE);
        requests.requestMatchers("/api/notifications/**").hasAnyRole(ANY_ROLE);

        requests.anyRequest().denyAll();
    }
}
