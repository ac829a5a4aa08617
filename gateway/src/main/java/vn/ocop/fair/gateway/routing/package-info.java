/**
 * routing: one route per service, each behind its own circuit breaker and time limit with a 503
 * fallback, GETs retried on I/O failures; and the public {@code /actuator/health} route to the
 * management port.
 */
@NullMarked
package vn.ocop.fair.gateway.routing;

import org.jspecify.annotations.NullMarked;
