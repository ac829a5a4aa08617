package vn.ocop.fair.notification.webhook;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.support.web.RefusedRequest;

/** A webhook registration that cannot work: a URL that is not http(s), or an event type we never deliver. */
class InvalidWebhook extends RefusedRequest {

    InvalidWebhook(String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-webhook", "Invalid webhook", message);
    }
}
