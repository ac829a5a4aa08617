/** Fair promotions: percentage and fixed discounts, vouchers and livestream flash deals, which order-service prices with (README "Promotion priority"). */
package vn.ocop.fair.event.promotion;
