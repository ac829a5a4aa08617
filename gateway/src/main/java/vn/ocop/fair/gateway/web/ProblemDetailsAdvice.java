package vn.ocop.fair.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.ocop.fair.gateway.GatewayProperties;
import vn.ocop.fair.gateway.issuer.LoginLocked;
import vn.ocop.fair.gateway.issuer.WrongCredentials;
import vn.ocop.fair.gateway.limits.BodyTooLarge;
import vn.ocop.fair.gateway.security.BearerChallenge;

/** The one place the gateway's own endpoints turn failures into RFC 9457 problem details. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final GatewayProperties properties;

    ProblemDetailsAdvice(GatewayProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> wrongCredentials(WrongCredentials e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.REALM)
                .body(Problems.problem(
                        HttpStatus.UNAUTHORIZED, "wrong-credentials", "Wrong credentials", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> loginLocked(LoginLocked e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Problems.retryAfter(e.retryAfter()))
                .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "login-locked", "Login locked", e.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && tooLarge(servlet.getRequest(), ex)) {
            ProblemDetail body = BodyTooLarge.problem(properties.limits().maxBodySize());
            return handleExceptionInternal(ex, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        ProblemDetail body = Problems.problem(
                HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request", "The request body cannot be read");
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    /** Spring's own answers (404, 405, 415, …) get a stable type too: {@code …/problems/not-found}. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String slug = known == null
                    ? "http-" + status.value()
                    : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            problem.setType(URI.create(Problems.TYPES + slug));
        }
        return response;
    }

    private static boolean tooLarge(HttpServletRequest request, Exception e) {
        return BodyTooLarge.marked(request) || BodyTooLarge.causedBy(e);
    }
}
