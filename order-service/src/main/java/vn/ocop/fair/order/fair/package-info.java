/**
 * order-service's own copy of event-service's fairs, promotions and booth assignments, rebuilt
 * from {@code ocop.fairs.v1}: which fair takes orders, with which promotions, at which booth.
 */
@NullMarked
package vn.ocop.fair.order.fair;

import org.jspecify.annotations.NullMarked;
