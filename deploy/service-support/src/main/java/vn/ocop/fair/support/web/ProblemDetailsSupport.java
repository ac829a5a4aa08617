package vn.ocop.fair.support.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * What every service's one problem-details advice starts from: Spring's RFC 9457 answers, with
 * invalid fields listed and unreadable bodies explained in the client's terms (the field and the
 * values it accepts, never a Java type). Services add their own handlers, each with a stable
 * {@code type}.
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

    /**
     * Query parameters bind to request records through their constructors only: a name that is no
     * parameter (e.g. {@code q.x}, {@code q[$ne]}, {@code size[0]}) is ignored like any unknown
     * parameter, instead of reaching into the record's properties and failing there with a 500.
     */
    @InitBinder
    protected void bindThroughConstructorsOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    /** A refusal of the service's own, with its status, type and title. */
    @ExceptionHandler
    protected ProblemDetail refused(RefusedRequest e) {
        return e.problem();
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
        JacksonException json = InputProblems.jsonCause(ex);
        String detail =
                json != null ? InputProblems.unreadableBody(json) : "The request body is missing or is not JSON";
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request", detail);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> invalidField(e.getField(), message(e)))
                .toList();
        return invalidRequest(ex, errors, headers, request);
    }

    /**
     * Constraints checked on the method rather than on one argument: a path variable or query
     * parameter out of range (e.g. {@code size=500}), and with it the body's fields, each named.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors fields) {
                fields.getFieldErrors().forEach(e -> errors.add(invalidField(e.getField(), message(e))));
            } else {
                String name = String.valueOf(result.getMethodParameter().getParameterName());
                result.getResolvableErrors()
                        .forEach(e -> errors.add(invalidField(
                                name, InputProblems.withoutJavaNames(String.valueOf(e.getDefaultMessage())))));
            }
        }
        return invalidRequest(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : String.valueOf(ex.getPropertyName());
        return invalidRequest(
                ex,
                List.of(invalidField(name, "must be " + InputProblems.expected(ex.getRequiredType()))),
                headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidRequest(
                ex, List.of(invalidField(ex.getRequestPartName(), "the part is missing")), headers, request);
    }

    /** A parameter the binder cannot place, e.g. {@code q.x}, {@code q[$ne]} or {@code size[0]}. */
    @ExceptionHandler
    protected ResponseEntity<Object> unknownParameter(InvalidPropertyException e, WebRequest request) {
        return invalidRequest(
                e,
                List.of(invalidField(
                        InputProblems.echo(e.getPropertyName()).replace("\"", ""),
                        "is not a parameter of this request")),
                new HttpHeaders(),
                request);
    }

    /** A multipart body that cannot be parsed (a size over the limit is answered by Spring or the service). */
    @ExceptionHandler
    protected ProblemDetail unreadableMultipart(MultipartException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "unreadable-request",
                "Unreadable request",
                "The multipart/form-data body cannot be read: its parts and boundaries are malformed");
    }

    private ResponseEntity<Object> invalidRequest(
            Exception ex, List<Map<String, Object>> errors, HttpHeaders headers, WebRequest request) {
        ProblemDetail body = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                "The request has " + errors.size() + " invalid field(s)");
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static Map<String, Object> invalidField(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** A field's message; a value of the wrong type is described by what it should be, not by Java's words. */
    private static String message(FieldError error) {
        if (error.contains(TypeMismatchException.class)) {
            return "must be "
                    + InputProblems.expected(
                            error.unwrap(TypeMismatchException.class).getRequiredType());
        }
        return InputProblems.withoutJavaNames(String.valueOf(error.getDefaultMessage()));
    }
}
