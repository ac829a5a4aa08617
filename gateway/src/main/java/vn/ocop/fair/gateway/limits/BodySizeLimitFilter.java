package vn.ocop.fair.gateway.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.fair.gateway.web.Problems;

/**
 * Refuses a body above the limit with 413 before anything else is done: at once when its declared
 * {@code Content-Length} is too large, or as soon as a chunked body has streamed past the limit.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final String IMPORTS = "/api/catalog/imports";

    private final DataSize defaultLimit;
    private final DataSize importLimit;

    BodySizeLimitFilter(DataSize defaultLimit, DataSize importLimit) {
        this.defaultLimit = defaultLimit;
        this.importLimit = importLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = IMPORTS.equals(request.getRequestURI()) ? importLimit : defaultLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            Problems.write(response, BodyTooLarge.problem(limit));
            return;
        }
        chain.doFilter(declared < 0 ? counted(request, limit) : request, response);
    }

    private static HttpServletRequest counted(HttpServletRequest request, DataSize limit) {
        return new HttpServletRequestWrapper(request) {
            private @Nullable ServletInputStream body;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (body == null) {
                    body = new CountingInputStream(super.getInputStream(), request, limit);
                }
                return body;
            }
        };
    }
}
