/**
 * The pricing priority rule, as a pure function of products, promotions and time: flash deal,
 * else the best fair promotion, then at most one voucher, never below the floor. No Spring here.
 */
@NullMarked
package vn.ocop.fair.order.pricing;

import org.jspecify.annotations.NullMarked;
