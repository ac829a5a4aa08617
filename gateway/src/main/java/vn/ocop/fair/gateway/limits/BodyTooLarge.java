package vn.ocop.fair.gateway.limits;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import vn.ocop.fair.gateway.web.Problems;

/**
 * A request body that grew past the limit while it was streamed. The request is marked, so whoever
 * answers after the proxy gave up (the circuit-breaker fallback, the problem advice) answers 413, not 503.
 */
public class BodyTooLarge extends IOException {

    private static final String MARK = BodyTooLarge.class.getName();

    BodyTooLarge(DataSize limit) {
        super("The request body is larger than " + limit.toBytes() + " bytes");
    }

    /** The 413 answer. */
    public static ProblemDetail problem(DataSize limit) {
        return Problems.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "Request body too large",
                "The request body must not be larger than " + limit.toBytes() + " bytes");
    }

    static void mark(ServletRequest request, BodyTooLarge problem) {
        request.setAttribute(MARK, problem);
    }

    /** Whether this request's body was cut off for being too large. */
    public static boolean marked(ServletRequest request) {
        return request.getAttribute(MARK) != null;
    }

    /** Whether a failure was, somewhere down its causes, a body cut off for being too large. */
    public static boolean causedBy(Throwable failure) {
        for (@Nullable Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
