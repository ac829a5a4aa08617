/** The in-app feed: paged, unread count, mark as read, and live over Server-Sent Events. */
@NullMarked
package vn.ocop.fair.notification.feed;

import org.jspecify.annotations.NullMarked;
