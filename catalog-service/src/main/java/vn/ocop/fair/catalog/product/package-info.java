@NullMarked
package vn.ocop.fair.catalog.product;

import org.jspecify.annotations.NullMarked;
