package vn.ocop.fair.order.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.order.catalog.UnknownProduct;
import vn.ocop.fair.order.ordering.NotAllowed;
import vn.ocop.fair.order.ordering.OrderNotFound;
import vn.ocop.fair.order.ordering.OrderRefused;
import vn.ocop.fair.order.ordering.OrderStateConflict;
import vn.ocop.fair.order.ordering.placing.IdempotencyKeyReused;
import vn.ocop.fair.order.ordering.placing.InvalidIdempotencyKey;
import vn.ocop.fair.order.ordering.views.InvalidPage;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/** The one place order-service turns failures into RFC 9457 problem details, each with a stable type. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {

    @ExceptionHandler
    ProblemDetail unknownProduct(UnknownProduct e) {
        return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail orderNotFound(OrderNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail orderRefused(OrderRefused e) {
        ProblemDetail problem =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, e.reason(), "The order cannot be placed", e.getMessage());
        problem.setProperty("reason", e.reason());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail stateConflict(OrderStateConflict e) {
        return problem(HttpStatus.CONFLICT, "order-state-conflict", "Not in this state", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidKey(InvalidIdempotencyKey e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Idempotency-Key needed", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidPage(InvalidPage e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-page", "Invalid paging", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notAllowed(NotAllowed e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
    }
}
