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

    private final DataSize limit;

    BodySizeLimitFilter(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            Problems.write(response, BodyTooLarge.problem(limit));
            return;
        }
        chain.doFilter(declared < 0 ? counted(request) : request, response);
    }

    private HttpServletRequest counted(HttpServletRequest request) {
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
