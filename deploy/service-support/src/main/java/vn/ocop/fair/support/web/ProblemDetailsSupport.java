package vn.ocop.fair.support.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * What every service's one problem-details advice starts from: Spring's RFC 9457 answers, with
 * field errors listed and unreadable bodies explained instead of "Failed to read request".
 * Services add their own handlers, each with a stable {@code type}.
 */
public abstract class ProblemDetailsSupport extends ResponseEntityExceptionHandler {

    public static final String TYPES = "https://ocop-fair.vn/problems/";

    /** A problem with a stable type under {@link #TYPES}. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e ->
                        Map.<String, Object>of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        ProblemDetail body = ex.getBody();
        body.setType(URI.create(TYPES + "invalid-request"));
        body.setDetail("The request has " + errors.size() + " invalid field(s)");
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    /** A chunked body that streamed past the service's limit ({@link RequestBodyLimits}). */
    @ExceptionHandler(BodyTooLarge.class)
    protected ResponseEntity<Object> handleBodyTooLarge(BodyTooLarge ex, WebRequest request) {
        return handleExceptionInternal(ex, ex.problem(), new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return handleBodyTooLarge(tooLarge, request);
            }
        }
        String detail = ex.getMostSpecificCause() instanceof JacksonException json
                ? "The request body cannot be read: " + json.getOriginalMessage()
                : "The request body is missing or is not JSON";
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request", detail);
        return handleExceptionInternal(ex, body, headers, status, request);
    }
}
