package vn.ocop.fair.gateway.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets: takes a sane {@code X-Request-Id} from the client or makes a
 * UUID, hands it to the proxied service (the request seen downstream carries it), returns it, and puts
 * it in the MDC as {@code requestId} for every log line of the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = saneOrNew(request.getHeader(HEADER));
        MDC.put(MDC_KEY, requestId);
        try {
            chain.doFilter(new RequestWithId(request, requestId), new ResponseWithId(response, requestId));
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String saneOrNew(@Nullable String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id only has to be unique, and
     * {@link UUID#randomUUID()} draws from one SecureRandom that every request thread queued for.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
