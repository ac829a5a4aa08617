package vn.ocop.fair.event.web;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.event.booth.Refusal;
import vn.ocop.fair.event.fair.FairIncomplete;
import vn.ocop.fair.event.fair.FairProblem;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/**
 * The one place event-service turns failures into RFC 9457 problem details, each with a stable type.
 * Spring MVC's own exceptions are handled by the base class; domain exceptions get an
 * {@code @ExceptionHandler} here as they arrive.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {

    /** Fairs, programme and promotions: each problem carries its status and type. */
    @ExceptionHandler
    ProblemDetail fairProblem(FairProblem e) {
        ProblemDetail problem = problem(e.status(), e.type(), e.title(), e.getMessage());
        if (e instanceof FairIncomplete incomplete) {
            problem.setProperty("missing", incomplete.missing());
        }
        return problem;
    }

    /** Booths and exhibitors: every refusal carries its own status, type and title. */
    @ExceptionHandler
    ProblemDetail refusal(Refusal e) {
        ProblemDetail problem = problem(e.status(), e.type(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }
}
