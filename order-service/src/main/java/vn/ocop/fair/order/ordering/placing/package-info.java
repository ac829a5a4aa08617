/**
 * Placing an order: the rules (422s), pricing with the fair's promotions, flash deals and voucher,
 * the pickup booth, the Idempotency-Key, and the insert of the PENDING order with its OrderPlaced.
 */
@NullMarked
package vn.ocop.fair.order.ordering.placing;

import org.jspecify.annotations.NullMarked;
