/**
 * A placed order's life: the saga with catalog's stock replies, cancellation, payment, fulfilment,
 * the sweeper that expires unpaid orders and reconciles PENDING ones, and what an order that does
 * not go ahead gives back.
 */
@NullMarked
package vn.ocop.fair.order.ordering.lifecycle;

import org.jspecify.annotations.NullMarked;
