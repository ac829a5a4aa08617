@NullMarked
package vn.ocop.fair.catalog.product.web;

import org.jspecify.annotations.NullMarked;
