package vn.ocop.fair.notification.webhook;

/** No webhook of the caller's with that id (another's is not found either). */
public class WebhookNotFound extends RuntimeException {

    WebhookNotFound(String id) {
        super("You have no webhook " + id);
    }
}
