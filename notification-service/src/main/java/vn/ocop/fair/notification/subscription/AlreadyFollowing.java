package vn.ocop.fair.notification.subscription;

import vn.ocop.fair.support.web.RefusedRequest.Conflict;

/** The caller already follows that fair, producer or livestream. */
class AlreadyFollowing extends Conflict {

    AlreadyFollowing(Subscriptions.Kind kind, String targetId) {
        super("already-following", "Already following", "You already follow " + kind + " " + targetId);
    }
}
