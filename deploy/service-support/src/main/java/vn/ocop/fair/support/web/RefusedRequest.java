package vn.ocop.fair.support.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request a service refuses for a reason of its own (not found, a conflict, a value it cannot
 * accept), with what the problem-details answer says: the status, a stable type under {@link
 * ProblemDetailsSupport#TYPES}, a title, the exception's message as the detail, and extra properties
 * if any. {@link ProblemDetailsSupport} answers every one, so a service's advice needs no handler for it.
 */
public abstract class RefusedRequest extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected RefusedRequest(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem type under {@link ProblemDetailsSupport#TYPES}, e.g. {@code webhook-not-found}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document; none unless a refusal says more. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** The answer. */
    public ProblemDetail problem() {
        ProblemDetail problem = ProblemDetailsSupport.problem(status, type, title, getMessage());
        properties().forEach(problem::setProperty);
        return problem;
    }
}
