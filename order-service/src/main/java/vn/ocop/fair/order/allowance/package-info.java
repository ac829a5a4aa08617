/**
 * Limited things an order takes and gives back: flash-deal units (in all and per buyer) and voucher
 * uses (in all and per customer), each taken with one conditional {@code $inc} so racing orders
 * never take more than there is.
 */
@NullMarked
package vn.ocop.fair.order.allowance;

import org.jspecify.annotations.NullMarked;
