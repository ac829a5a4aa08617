/** Notifications themselves: the store (one per event, recipient and channel), recipients, types, metrics, and the notifier that stores each notice on the channels its recipient chose. */
@NullMarked
package vn.ocop.fair.notification.notification;

import org.jspecify.annotations.NullMarked;
