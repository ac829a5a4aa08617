package vn.ocop.fair.support.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * What every service's security is, before its own endpoint rules: a stateless OAuth2 resource
 * server that accepts only RS256 JWT bearer tokens from the configured issuer and audience
 * ({@code spring.security.oauth2.resourceserver.jwt.*}; roles from the {@code roles} claim), and
 * answers 401/403 as RFC 9457 problem details. A call that bypasses the gateway is refused the
 * same way; headers such as a role header are never trusted.
 */
public final class ResourceServerDefaults {

    /** The role that runs the system: actuator details, dead letters. */
    public static final String OPERATOR = "OPERATOR";

    private ResourceServerDefaults() {}

    /** The probes anyone may call; they show details and components only to an operator. */
    static final String[] PROBES = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};

    /**
     * A service's whole filter chain: these defaults; the health probes, {@code /error} and the
     * service's OpenAPI spec under {@code apiPrefix} open to all; {@code /actuator/prometheus} open on
     * the management port only; every other actuator endpoint (info, health components, metrics on
     * the service's own port…) for operators only; then the service's own rules; and everything
     * else denied.
     *
     * <p>Prometheus scrapes without a token, so metrics are served anonymously only on the
     * management port ({@code management.server.port}), which listens on loopback in the local run
     * and which only Prometheus may reach in Kubernetes (NetworkPolicy). On the service's API port
     * nothing under {@code /actuator} but the probes answers without an OPERATOR token.
     */
    public static SecurityFilterChain filterChain(
            HttpSecurity http,
            String apiPrefix,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
                    serviceRules)
            throws Exception {
        applyTo(http).authorizeHttpRequests(rules -> {
            rules.requestMatchers(HttpMethod.GET, PROBES).permitAll();
            ManagementServerPort management = http.getSharedObject(ApplicationContext.class)
                    .getBeanProvider(ManagementServerPort.class)
                    .getIfAvailable(ManagementServerPort::new); // a slice test has none: metrics for operators only
            rules.requestMatchers(request -> HttpMethod.GET.matches(request.getMethod())
                            && "/actuator/prometheus".equals(request.getRequestURI())
                            && management.received(request))
                    .permitAll();
            rules.requestMatchers("/actuator", "/actuator/**").hasRole(OPERATOR);
            rules.requestMatchers("/error").permitAll();
            rules.requestMatchers(HttpMethod.GET, apiPrefix + "/v3/api-docs", apiPrefix + "/v3/api-docs/**")
                    .permitAll();
            serviceRules.customize(rules);
            rules.anyRequest().denyAll();
        });
        return http.build();
    }

    public static HttpSecurity applyTo(HttpSecurity http) {
        AuthenticationEntryPoint unauthorized = ResourceServerDefaults::unauthorized;
        AccessDeniedHandler forbidden = (request, response, e) -> {
            new BearerTokenAccessDeniedHandler().handle(request, response, e);
            writeProblem(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this");
        };
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
    }

    private static void unauthorized(
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e)
            throws IOException {
        new BearerTokenAuthenticationEntryPoint().commence(request, response, e);
        writeProblem(
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "A valid bearer token from the OCOP Fair issuer is required");
    }

    private static void writeProblem(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        String body = "{\"type\":\"https://ocop-fair.vn/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(type, status.getReasonPhrase(), status.value(), detail);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
