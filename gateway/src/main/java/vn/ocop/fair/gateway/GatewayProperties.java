package vn.ocop.fair.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the gateway is configured with, validated at start-up. Token validation itself is
 * configured with Boot's {@code spring.security.oauth2.resourceserver.jwt.*}, exactly as in the
 * services; circuit breakers and time limits with {@code resilience4j.*}.
 *
 * @param services where each service behind the gateway listens
 * @param localIssuer the built-in token issuer of the local profile
 * @param limits body size and per-client rate limits
 * @param resilience what the gateway does when a service fails
 */
@Validated
@ConfigurationProperties("ocop.gateway")
public record GatewayProperties(
        @NotNull @Valid Services services,
        @NotNull @Valid LocalIssuer localIssuer,
        @NotNull @Valid Limits limits,
        @NotNull @Valid Resilience resilience) {

    /**
     * @param catalog catalog-service's base URI
     * @param order order-service's base URI
     * @param event event-service's base URI
     * @param notification notification-service's base URI
     */
    public record Services(
            @NotNull URI catalog,
            @NotNull URI order,
            @NotNull URI event,
            @NotNull URI notification) {}

    /**
     * @param enabled whether {@code /auth/jwks} and {@code /auth/token} are served (local profile only)
     * @param issuer the {@code iss} of the tokens it signs: the issuer the gateway and services accept
     * @param audience the {@code aud} of the tokens it signs
     * @param tokenLifetime how long a token is valid
     * @param signingKeyFile a JWK (JSON, RSA with its private part) to sign with instead of a key made at
     *     start-up; lets a local benchmark mint tokens for as many customers as it needs
     *     ({@code deploy/bench/fair-day.sh}). Only read where the local issuer runs, i.e. the local profile
     * @param lockout when {@code /auth/token} stops checking passwords for an account or an address
     */
    public record LocalIssuer(
            boolean enabled,
            @NotBlank String issuer,
            @NotBlank String audience,
            @NotNull Duration tokenLifetime,
            @Nullable Path signingKeyFile,
            @NotNull @Valid Lockout lockout) {}

    /**
     * Wrong passwords are counted per account (from any address) and per client address (for any
     * account); a count forgotten {@code window} after its last failure. At {@code accountFailures}
     * (resp. {@code addressFailures}) the account (the address) is locked for {@code firstLock}, and each
     * further failure after a lock doubles it, up to {@code longestLock}. A successful login resets nothing.
     *
     * @param accountFailures wrong passwords for one account before it is locked
     * @param addressFailures wrong passwords from one address before it is locked (higher: a venue's
     *     visitors share a few public addresses)
     * @param window how long after its last failure a count is kept
     * @param firstLock the first lock
     * @param longestLock the longest lock
     */
    public record Lockout(
            @Positive int accountFailures,
            @Positive int addressFailures,
            @NotNull Duration window,
            @NotNull Duration firstLock,
            @NotNull Duration longestLock) {}

    /**
     * @param maxBodySize the largest request body the gateway passes on (413 above it)
     * @param maxImportSize the same for {@code POST /api/catalog/imports}, where organisers upload CSV files
     * @param redisUri where the rate-limit buckets are shared between gateway instances; none: in memory
     * @param browsing the budget of every token holder for everything under {@code /api/} but placing orders
     * @param ordering the stricter budget for {@code POST /api/orders}
     * @param anonymousClientsPerAddress how many browsing budgets one address without a token gets: at a
     *     fair, visitors on the venue's Wi-Fi and on mobile networks share a few public addresses
     *     (carrier-grade NAT), so anonymous reads from one address draw from {@code browsing} times this
     * @param token the budget of one client address for {@code POST /auth/token}
     */
    public record Limits(
            @NotNull DataSize maxBodySize,
            @NotNull DataSize maxImportSize,
            @Nullable URI redisUri,
            @NotNull @Valid Rate browsing,
            @NotNull @Valid Rate ordering,
            @Positive int anonymousClientsPerAddress,
            @NotNull @Valid Rate token) {}

    /**
     * A token bucket: {@code capacity} requests at once, refilled to {@code capacity} over {@code period}.
     *
     * @param capacity the burst a client may send
     * @param period how long the bucket takes to refill completely
     */
    public record Rate(@Positive long capacity, @NotNull Duration period) {}

    /**
     * @param retryAfter what the 503 fallback tells clients to wait ({@code Retry-After})
     * @param getRetries how many times a failed idempotent GET is tried again (never other methods)
     */
    public record Resilience(
            @NotNull Duration retryAfter, @Min(0) int getRetries) {}
}
