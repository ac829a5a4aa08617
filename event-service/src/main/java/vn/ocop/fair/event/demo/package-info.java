@NullMarked
package vn.ocop.fair.event.demo;

import org.jspecify.annotations.NullMarked;
