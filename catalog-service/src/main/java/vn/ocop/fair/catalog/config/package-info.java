@NullMarked
package vn.ocop.fair.catalog.config;

import org.jspecify.annotations.NullMarked;
