package vn.ocop.fair.notification.webhook;

import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/**
 * A webhook URL pointing where the service must not call: this machine, a private or otherwise
 * internal network, a non-standard port, or with a user name in it ({@link WebhookTargets}).
 */
class WebhookTargetNotAllowed extends Unprocessable {

    WebhookTargetNotAllowed(String reason) {
        super("webhook-target-not-allowed", "Webhook target not allowed", reason);
    }
}
