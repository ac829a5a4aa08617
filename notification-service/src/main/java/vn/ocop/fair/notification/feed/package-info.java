/** The in-app feed: paged, unread count, mark as read, and live over Server-Sent Events. */
package vn.ocop.fair.notification.feed;
