package vn.ocop.fair.notification.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/**
 * The one place notification-service turns failures into RFC 9457 problem details, each with a stable type.
 * Spring MVC's own exceptions are handled by the base class; domain exceptions get an
 * {@code @ExceptionHandler} here as they arrive.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {}
