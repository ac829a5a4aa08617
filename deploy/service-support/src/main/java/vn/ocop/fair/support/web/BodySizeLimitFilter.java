package vn.ocop.fair.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body above the service's limit with 413 before anything else is done: at once when its
 * declared {@code Content-Length} is too large, or as soon as a chunked body has streamed past the
 * limit ({@link BodyTooLarge}, answered by {@link ProblemDetailsSupport}).
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final RequestBodyLimits limits;

    BodySizeLimitFilter(RequestBodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = limits.limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            write(response, new BodyTooLarge(limit).problem());
            return;
        }
        chain.doFilter(declared < 0 ? counted(request, limit) : request, response);
    }

    private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        String body = "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(problem.getType(), problem.getTitle(), problem.getStatus(), problem.getDetail());
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpServletRequest counted(HttpServletRequest request, DataSize limit) {
        return new HttpServletRequestWrapper(request) {
            private ServletInputStream body;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (body == null) {
                    body = new Counting(super.getInputStream(), limit);
                }
                return body;
            }
        };
    }

    /** Counts what is read and fails with {@link BodyTooLarge} once past the limit. */
    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final DataSize limit;
        private long read;

        Counting(ServletInputStream in, DataSize limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit.toBytes()) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
