/** notification-service: turns domain events into e-mail, signed webhooks and an in-app feed for customers, producers and organisers. */
@NullMarked
package vn.ocop.fair.notification;

import org.jspecify.annotations.NullMarked;
