package vn.ocop.fair.notification.feed;

import vn.ocop.fair.support.web.RefusedRequest.NotFound;

/** No notification of the caller's with that id (another recipient's is not found either). */
class NotificationNotFound extends NotFound {

    NotificationNotFound(String id) {
        super("notification-not-found", "Notification not found", "You have no notification " + id);
    }
}
