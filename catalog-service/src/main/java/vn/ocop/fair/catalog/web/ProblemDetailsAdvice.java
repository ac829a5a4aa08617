package vn.ocop.fair.catalog.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.ocop.fair.catalog.access.NotYourProducer;
import vn.ocop.fair.catalog.importing.NotImportable;
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

    /** Somebody else changed the product, or its stock, under our write: the same answer for both. */
    @ExceptionHandler({ConcurrentChange.class, StockContention.class})
    ProblemDetail changedMeanwhile(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notImportable(NotImportable e) {
        ProblemDetail problem = problem(
                e.reason().status(), e.reason().problemType(), e.reason().title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                "Content-Type " + ex.getContentType() + " is not accepted here; send one of "
                        + ex.getSupportedMediaTypes());
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(
                HttpStatus.CONTENT_TOO_LARGE,
                NotImportable.Reason.TOO_LARGE.problemType(),
                NotImportable.Reason.TOO_LARGE.title(),
                "The upload is larger than " + ex.getMaxUploadSize() + " bytes; split the file and import the parts");
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @ExceptionHandler
    ProblemDetail notEnoughStock(NotEnoughStock e) {
        return problem(HttpStatus.CONFLICT, "not-enough-stock", "Not enough stock", e.getMessage());
    }
}
