@NullMarked
package vn.ocop.fair.catalog.product.events;

import org.jspecify.annotations.NullMarked;
