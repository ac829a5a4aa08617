package vn.ocop.fair.notification.feed;

/** No notification of the caller's with that id (another recipient's is not found either). */
public class NotificationNotFound extends RuntimeException {

    NotificationNotFound(String id) {
        super("You have no notification " + id);
    }
}
