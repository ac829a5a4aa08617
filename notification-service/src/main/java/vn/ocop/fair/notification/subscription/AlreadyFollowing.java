package vn.ocop.fair.notification.subscription;

/** The caller already follows that fair, producer or livestream. */
public class AlreadyFollowing extends RuntimeException {

    AlreadyFollowing(Subscriptions.Kind kind, String targetId) {
        super("You already follow " + kind + " " + targetId);
    }
}
