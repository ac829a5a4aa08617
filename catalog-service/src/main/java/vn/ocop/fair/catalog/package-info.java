/** catalog-service: the OCOP product catalogue, producers, stock and reservations. */
@NullMarked
package vn.ocop.fair.catalog;

import org.jspecify.annotations.NullMarked;
