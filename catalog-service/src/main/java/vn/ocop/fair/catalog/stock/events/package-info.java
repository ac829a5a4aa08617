/**
 * What catalog-service tells others about stock, on {@code ocop.catalog.stock.v1}: the outcome of
 * each order's reservation (keyed by order id) and low stock (keyed by product id).
 */
@NullMarked
package vn.ocop.fair.catalog.stock.events;

import org.jspecify.annotations.NullMarked;
