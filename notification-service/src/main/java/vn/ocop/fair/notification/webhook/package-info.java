/** Webhooks: registration, signed deliveries of the events consumed, with a circuit breaker and a bulkhead per endpoint. */
@NullMarked
package vn.ocop.fair.notification.webhook;

import org.jspecify.annotations.NullMarked;
