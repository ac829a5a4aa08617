/** The order queries: who sees which orders, the whole order or a producer's part of it. */
@NullMarked
package vn.ocop.fair.order.ordering.views;

import org.jspecify.annotations.NullMarked;
