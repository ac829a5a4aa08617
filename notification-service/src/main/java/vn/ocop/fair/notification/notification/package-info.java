/** Notifications themselves: the store (one per event, recipient and channel), recipients, types, metrics, and the notifier that stores each notice on the channels its recipient chose. */
package vn.ocop.fair.notification.notification;
