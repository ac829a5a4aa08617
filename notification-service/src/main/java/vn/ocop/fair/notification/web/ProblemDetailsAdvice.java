package vn.ocop.fair.notification.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place notification-service turns failures into RFC 9457 problem details, each with a stable type under
 * {@link #TYPES}. Spring MVC's own exceptions are handled by the base class; domain exceptions
 * get an {@code @ExceptionHandler} here as they arrive.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPES = "https://ocop-fair.vn/problems/";
}
