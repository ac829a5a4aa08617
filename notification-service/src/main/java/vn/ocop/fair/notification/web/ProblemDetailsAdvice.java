package vn.ocop.fair.notification.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/**
 * The one place notification-service turns failures into RFC 9457 problem details, each with a stable
 * type: its own refusals (a notification, subscription or webhook not found, already following, an
 * invalid webhook or target, an unsupported channel) carry their status, type and title.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {}
