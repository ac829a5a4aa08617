package vn.ocop.fair.event.web;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.event.Refusal;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/**
 * The one place event-service turns failures into RFC 9457 problem details, each with a stable type.
 * Spring MVC's own exceptions are handled by the base class; every refusal of the features' rules
 * is a {@link Refusal} (each feature keeps its own in a {@code …Refusals} class, the shared ones are
 * in {@code CommonRefusals}) and is answered by the one handler below. The features know nothing
 * of this package.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {

    /** Every refusal of event-service's rules carries its own status, type, title and properties. */
    @ExceptionHandler
    ProblemDetail refusal(Refusal e) {
        ProblemDetail problem = problem(e.status(), e.type(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }
}
