package vn.ocop.fair.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.catalog.access.NotYourProducer;
import vn.ocop.fair.catalog.product.NotOcopCertified;
import vn.ocop.fair.catalog.product.ProductNotFound;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/** The one place catalog-service turns failures into RFC 9457 problem details, each with a stable type. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {

    @ExceptionHandler
    ProblemDetail productNotFound(ProductNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notYourProducer(NotYourProducer e) {
        return problem(HttpStatus.FORBIDDEN, "not-your-producer", "Not your producer", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notOcopCertified(NotOcopCertified e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-ocop-certified", "Not OCOP-certified", e.getMessage());
    }
}
