package vn.ocop.fair.notification.webhook;

/** A webhook registration that cannot work: a URL that is not http(s), or an event type we never deliver. */
public class InvalidWebhook extends RuntimeException {

    InvalidWebhook(String message) {
        super(message);
    }
}
