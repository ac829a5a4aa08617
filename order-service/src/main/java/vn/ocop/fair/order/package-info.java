/** order-service: customers ordering online during fairs, and the order saga with catalog. */
@NullMarked
package vn.ocop.fair.order;

import org.jspecify.annotations.NullMarked;
