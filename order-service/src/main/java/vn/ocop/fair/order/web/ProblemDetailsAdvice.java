package vn.ocop.fair.order.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/**
 * The one place order-service turns failures into RFC 9457 problem details, each with a stable type:
 * its own refusals (an order or product not found, an order refused, not in this state, an
 * Idempotency-Key missing or reused, paging out of range, not allowed) carry their status, type and
 * title.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {}
