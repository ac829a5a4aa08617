@NullMarked
package vn.ocop.fair.event.config;

import org.jspecify.annotations.NullMarked;
