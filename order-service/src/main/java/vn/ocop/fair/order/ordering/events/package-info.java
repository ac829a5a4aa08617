/**
 * What order-service tells others about orders, on {@code ocop.orders.v1} keyed by order id: the
 * contract catalog-service (stock reservations) and notification-service read. Published by the
 * ordering feature; the JSON of each record is pinned in {@code src/test/resources/events/}.
 */
@NullMarked
package vn.ocop.fair.order.ordering.events;

import org.jspecify.annotations.NullMarked;
