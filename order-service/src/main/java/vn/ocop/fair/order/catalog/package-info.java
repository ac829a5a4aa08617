/**
 * order-service's own copy of the catalogue, rebuilt from catalog-service's product events: what
 * customers can order, at what price, from which producer.
 */
@NullMarked
package vn.ocop.fair.order.catalog;

import org.jspecify.annotations.NullMarked;
