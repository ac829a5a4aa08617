/** Fair promotions: percentage and fixed discounts, vouchers and livestream flash deals, which order-service prices with (README "Promotion priority"). */
@NullMarked
package vn.ocop.fair.event.promotion;

import org.jspecify.annotations.NullMarked;
