@NullMarked
package vn.ocop.fair.catalog.access;

import org.jspecify.annotations.NullMarked;
