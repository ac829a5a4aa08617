package vn.ocop.fair.support.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request a service refuses for a reason of its own (not found, a conflict, a value it cannot
 * accept), with what the problem-details answer says: the status, a stable type under {@link
 * ProblemDetailsSupport#TYPES}, a title, the exception's message as the detail, and extra properties
 * if any. {@link ProblemDetailsSupport} answers every one, so a service's advice needs no handler for it.
 * A refusal whose status is always the same extends the refusal of that status ({@link NotFound},
 * {@link Conflict}…) and names only its type, title and detail.
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

    /** 400: a request the service cannot take as it is. */
    public abstract static class BadRequest extends RefusedRequest {
        protected BadRequest(String type, String title, String detail) {
            super(HttpStatus.BAD_REQUEST, type, title, detail);
        }
    }

    /** 403: the caller may not do this. */
    public abstract static class Forbidden extends RefusedRequest {
        protected Forbidden(String type, String title, String detail) {
            super(HttpStatus.FORBIDDEN, type, title, detail);
        }
    }

    /** 404: nothing of that id, or nothing the caller may see. */
    public abstract static class NotFound extends RefusedRequest {
        protected NotFound(String type, String title, String detail) {
            super(HttpStatus.NOT_FOUND, type, title, detail);
        }
    }

    /** 409: the state of what the request changes does not allow it, or it changed meanwhile. */
    public abstract static class Conflict extends RefusedRequest {
        protected Conflict(String type, String title, String detail) {
            super(HttpStatus.CONFLICT, type, title, detail);
        }
    }

    /** 422: a well-formed request that breaks one of the service's rules. */
    public abstract static class Unprocessable extends RefusedRequest {
        protected Unprocessable(String type, String title, String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, type, title, detail);
        }
    }
}
