package vn.ocop.fair.order.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.order.catalog.UnknownProduct;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/** The one place order-service turns failures into RFC 9457 problem details, each with a stable type. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {

    @ExceptionHandler
    ProblemDetail unknownProduct(UnknownProduct e) {
        return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", e.getMessage());
    }
}
