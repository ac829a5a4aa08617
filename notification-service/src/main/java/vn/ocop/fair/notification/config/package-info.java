@NullMarked
package vn.ocop.fair.notification.config;

import org.jspecify.annotations.NullMarked;
