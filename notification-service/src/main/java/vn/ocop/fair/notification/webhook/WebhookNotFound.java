package vn.ocop.fair.notification.webhook;

import vn.ocop.fair.support.web.RefusedRequest.NotFound;

/** No webhook of the caller's with that id (another's is not found either). */
class WebhookNotFound extends NotFound {

    WebhookNotFound(String id) {
        super("webhook-not-found", "Webhook not found", "You have no webhook " + id);
    }
}
