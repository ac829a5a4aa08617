package vn.ocop.fair.notification.subscription;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.support.web.RefusedRequest;

/** No subscription of the caller's with that id (another's is not found either). */
class SubscriptionNotFound extends RefusedRequest {

    SubscriptionNotFound(String id) {
        super(
                HttpStatus.NOT_FOUND,
                "subscription-not-found",
                "Subscription not found",
                "You have no subscription " + id);
    }
}
