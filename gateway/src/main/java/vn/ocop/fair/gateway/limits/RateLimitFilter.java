package vn.ocop.fair.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.fair.gateway.web.Problems;

/**
 * Per-client budgets on the API, after authentication: keyed by the token's {@code sub}, else by the
 * client's address; {@code POST /api/orders} has a stricter budget than everything else. Over budget:
 * 429 with {@code Retry-After} in seconds.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final RateLimiter limiter;
    private final RatePolicy browsing;
    private final RatePolicy ordering;

    RateLimitFilter(RateLimiter limiter, RatePolicy browsing, RatePolicy ordering) {
        this.limiter = limiter;
        this.browsing = browsing;
        this.ordering = ordering;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RatePolicy policy = isPlacingAnOrder(request) ? ordering : browsing;
        ConsumptionProbe probe = limiter.tryAcquire(client(request), policy);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.retryAfter(wait));
            Problems.write(response, tooMany(policy, wait));
            return;
        }
        response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
        chain.doFilter(request, response);
    }

    private static boolean isPlacingAnOrder(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/api/orders".equals(request.getRequestURI());
    }

    private static String client(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token
                ? "sub:" + token.getToken().getSubject()
                : "ip:" + request.getRemoteAddr();
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
