package vn.ocop.fair.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.fair.gateway.paths.CanonicalPath;
import vn.ocop.fair.gateway.web.Problems;

/**
 * Per-client budgets, after authentication, chosen by the request's {@link CanonicalPath} (the decoded
 * path that security and routing read, never the raw URI): {@code POST /api/orders} has the stricter
 * {@code ordering} budget, anything else under {@code /api/} the {@code browsing} budget of the token's
 * {@code sub}; without a token (only public reads get that far) the much larger {@code anonymous} budget
 * of the client's address, which a venue's visitors share. {@code POST /auth/token} has its own budget
 * per address. Over budget: 429 with {@code Retry-After} in seconds.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";
    static final String TOKEN_ENDPOINT = "/auth/token";

    private final RateLimiter limiter;
    private final Policies policies;

    /** The budgets: per token holder, for placing orders, per anonymous address, for the token endpoint. */
    record Policies(RatePolicy browsing, RatePolicy ordering, RatePolicy anonymous, RatePolicy token) {}

    RateLimitFilter(RateLimiter limiter, Policies policies) {
        this.limiter = limiter;
        this.policies = policies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path;
        try {
            path = CanonicalPath.of(request);
        } catch (CanonicalPath.Ambiguous ambiguous) {
            Problems.write(response, ambiguous.problem());
            return;
        }
        boolean tokenEndpoint = TOKEN_ENDPOINT.equals(path);
        if (!tokenEndpoint && !path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        String subject = subject();
        String address = "ip:" + request.getRemoteAddr();
        RatePolicy policy;
        String client;
        if (tokenEndpoint) {
            policy = policies.token();
            client = address;
        } else if ("POST".equals(request.getMethod()) && "/api/orders".equals(path)) {
            policy = policies.ordering();
            client = subject == null ? address : subject;
        } else if (subject == null) {
            policy = policies.anonymous();
            client = address;
        } else {
            policy = policies.browsing();
            client = subject;
        }
        ConsumptionProbe probe = limiter.tryAcquire(client, policy);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.retryAfter(wait));
            Problems.write(response, tooMany(policy, wait));
            return;
        }
        response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
        chain.doFilter(request, response);
    }

    private static @Nullable String subject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token
                ? "sub:" + token.getToken().getSubject()
                : null;
    }

    private static ProblemDetail tooMany(RatePolicy policy, Duration wait) {
        ProblemDetail problem = Problems.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "At most " + policy.capacity() + " requests per "
                        + policy.period().toSeconds() + " s for " + policy.name() + "; try again in "
                        + Problems.retryAfter(wait) + " s");
        problem.setProperty("policy", policy.name());
        return problem;
    }
}
