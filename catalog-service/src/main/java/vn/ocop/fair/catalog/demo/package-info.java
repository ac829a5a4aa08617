@NullMarked
package vn.ocop.fair.catalog.demo;

import org.jspecify.annotations.NullMarked;
