/** Webhooks: registration, signed deliveries of the events consumed, with a circuit breaker and a bulkhead per endpoint. */
package vn.ocop.fair.notification.webhook;
