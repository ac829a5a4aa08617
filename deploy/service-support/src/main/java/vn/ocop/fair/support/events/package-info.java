@NullMarked
package vn.ocop.fair.support.events;

import org.jspecify.annotations.NullMarked;
