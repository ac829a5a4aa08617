package vn.ocop.fair.notification.subscription;

/** No subscription of the caller's with that id (another's is not found either). */
public class SubscriptionNotFound extends RuntimeException {

    SubscriptionNotFound(String id) {
        super("You have no subscription " + id);
    }
}
