package vn.ocop.fair.notification.webhook;

import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** A webhook registration that cannot work: a URL that is not http(s), or an event type we never deliver. */
class InvalidWebhook extends Unprocessable {

    InvalidWebhook(String message) {
        super("invalid-webhook", "Invalid webhook", message);
    }
}
