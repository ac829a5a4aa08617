package vn.ocop.fair.event.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/**
 * The one place event-service turns failures into RFC 9457 problem details, each with a stable type.
 * Spring MVC's own exceptions and every refusal of the features' rules are answered by the base
 * class: each feature keeps its refusals in a {@code …Refusals} class (the shared ones are in {@code
 * CommonRefusals}), each carrying its status, type, title and properties. The features know nothing
 * of this package.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {}
