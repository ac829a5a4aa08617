package vn.ocop.fair.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Where a request's bearer token is: the {@code Authorization} header, and on notification-service's
 * live stream (browsers' EventSource cannot send that header) also the {@code access_token} query
 * parameter. The answers are Spring Security's {@link DefaultBearerTokenResolver}'s; the usual header,
 * {@code Bearer } and a well-formed token, is only recognised without its case-insensitive regular
 * expression, which took several percent of the gateway's CPU with a 900-character token. Anything
 * else (no token, another spelling, a malformed token, the stream) goes to Spring Security's resolver.
 */
final class BearerTokens implements BearerTokenResolver {

    static final String STREAM = "/api/notifications/stream";
    private static final String PREFIX = "Bearer ";

    private final DefaultBearerTokenResolver headerOnly = new DefaultBearerTokenResolver();
    private final DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();

    BearerTokens() {
        headerOrQuery.setAllowUriQueryParameter(true);
    }

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        if (STREAM.equals(request.getRequestURI())) {
            return headerOrQuery.resolve(request);
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(PREFIX) && isToken(header, PREFIX.length())) {
            return header.substring(PREFIX.length());
        }
        return headerOnly.resolve(request);
    }

    /** {@code [a-zA-Z0-9-._~+/]+=*} from {@code from} to the end, as RFC 6750's b64token. */
    static boolean isToken(String value, int from) {
        int end = value.length();
        while (end > from && value.charAt(end - 1) == '=') {
            end--;
        }
        if (end == from) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '+'
                    || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
