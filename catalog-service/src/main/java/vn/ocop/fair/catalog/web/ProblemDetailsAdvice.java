package vn.ocop.fair.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.catalog.access.NotYourProducer;
import vn.ocop.fair.catalog.producer.ProducerNotFound;
import vn.ocop.fair.catalog.producer.UnknownProducer;
import vn.ocop.fair.catalog.product.ConcurrentChange;
import vn.ocop.fair.catalog.product.NotListable;
import vn.ocop.fair.catalog.product.ProductNotFound;
import vn.ocop.fair.catalog.stock.NotEnoughStock;
import vn.ocop.fair.catalog.stock.StockContention;
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
    ProblemDetail producerNotFound(ProducerNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "producer-not-found", "Producer not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownProducer(UnknownProducer e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-producer", "Unknown producer", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notListable(NotListable e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                e.reason().problemType(),
                "The product cannot be listed",
                e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail concurrentChange(ConcurrentChange e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notEnoughStock(NotEnoughStock e) {
        return problem(HttpStatus.CONFLICT, "not-enough-stock", "Not enough stock", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail stockContention(StockContention e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile", e.getMessage());
    }
}
