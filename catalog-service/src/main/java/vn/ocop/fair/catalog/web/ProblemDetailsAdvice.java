package vn.ocop.fair.catalog.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.ocop.fair.catalog.importing.NotImportable;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/**
 * The one place catalog-service turns failures into RFC 9457 problem details, each with a stable type.
 * The features' refusals (a product or producer not found, not listable, not importable, changed
 * meanwhile…) carry their own status, type and title and are answered by the base class; what is
 * catalog-service's own here is the answer to an upload of the wrong type or over the size limit.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {

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
        ProblemDetail body = NotImportable.uploadTooLarge(ex.getMaxUploadSize()).problem();
        return handleExceptionInternal(ex, body, headers, status, request);
    }
}
