/** How orders are paid: a small port ({@link vn.ocop.fair.order.payment.PaymentMethod}) and its methods. */
@NullMarked
package vn.ocop.fair.order.payment;

import org.jspecify.annotations.NullMarked;
