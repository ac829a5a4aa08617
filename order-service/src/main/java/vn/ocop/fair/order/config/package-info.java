@NullMarked
package vn.ocop.fair.order.config;

import org.jspecify.annotations.NullMarked;
