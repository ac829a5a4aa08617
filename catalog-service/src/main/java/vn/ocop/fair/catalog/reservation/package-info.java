/**
 * Catalog's side of the order saga: reserves all lines of a placed order or none, releases or sells
 * what an order holds when it ends, and recovers any step a crash left half-done. Each order's
 * {@code reservations} document is the saga log and carries the outcome events in its outbox.
 */
@NullMarked
package vn.ocop.fair.catalog.reservation;

import org.jspecify.annotations.NullMarked;
