/** How orders are paid: a small port ({@link vn.ocop.fair.order.payment.PaymentMethod}) and its methods. */
package vn.ocop.fair.order.payment;
