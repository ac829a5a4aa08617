/** The local run's demo preferences. */
@NullMarked
package vn.ocop.fair.notification.demo;

import org.jspecify.annotations.NullMarked;
