package vn.ocop.fair.notification.webhook;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.support.web.RefusedRequest;

/** No webhook of the caller's with that id (another's is not found either). */
class WebhookNotFound extends RefusedRequest {

    WebhookNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "webhook-not-found", "Webhook not found", "You have no webhook " + id);
    }
}
