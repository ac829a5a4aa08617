package vn.ocop.fair.notification.subscription;

import vn.ocop.fair.support.web.RefusedRequest.NotFound;

/** No subscription of the caller's with that id (another's is not found either). */
class SubscriptionNotFound extends NotFound {

    SubscriptionNotFound(String id) {
        super("subscription-not-found", "Subscription not found", "You have no subscription " + id);
    }
}
