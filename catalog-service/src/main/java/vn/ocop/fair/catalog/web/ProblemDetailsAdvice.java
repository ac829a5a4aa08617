package vn.ocop.fair.catalog.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.ocop.fair.catalog.product.NotOcopCertified;
import vn.ocop.fair.catalog.product.ProductNotFound;

/** The one place catalog-service turns failures into RFC 9457 problem details, each with a stable type. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPES = "https://ocop-fair.vn/problems/";

    @ExceptionHandler
    ProblemDetail productNotFound(ProductNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", e);
    }

    @ExceptionHandler
    ProblemDetail notOcopCertified(NotOcopCertified e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-ocop-certified", "Not OCOP-certified", e);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
