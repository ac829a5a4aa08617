package vn.ocop.fair.notification.feed;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.support.web.RefusedRequest;

/** No notification of the caller's with that id (another recipient's is not found either). */
class NotificationNotFound extends RefusedRequest {

    NotificationNotFound(String id) {
        super(
                HttpStatus.NOT_FOUND,
                "notification-not-found",
                "Notification not found",
                "You have no notification " + id);
    }
}
