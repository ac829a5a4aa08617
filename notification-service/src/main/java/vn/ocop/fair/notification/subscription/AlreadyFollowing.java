package vn.ocop.fair.notification.subscription;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.support.web.RefusedRequest;

/** The caller already follows that fair, producer or livestream. */
class AlreadyFollowing extends RefusedRequest {

    AlreadyFollowing(Subscriptions.Kind kind, String targetId) {
        super(
                HttpStatus.CONFLICT,
                "already-following",
                "Already following",
                "You already follow " + kind + " " + targetId);
    }
}
