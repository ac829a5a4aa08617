/**
 * Orders: placing them (priced from the read models, idempotent per customer and key), the saga
 * with catalog's stock, payment, cancellation, expiry, fulfilment, and the queries.
 */
@NullMarked
package vn.ocop.fair.order.ordering;

import org.jspecify.annotations.NullMarked;
