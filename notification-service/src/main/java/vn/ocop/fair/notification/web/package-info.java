@NullMarked
package vn.ocop.fair.notification.web;

import org.jspecify.annotations.NullMarked;
