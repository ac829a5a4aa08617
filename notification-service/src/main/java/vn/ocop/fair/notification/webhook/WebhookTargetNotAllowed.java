package vn.ocop.fair.notification.webhook;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.support.web.RefusedRequest;

/**
 * A webhook URL pointing where the service must not call: this machine, a private or otherwise
 * internal network, a non-standard port, or with a user name in it ({@link WebhookTargets}).
 */
class WebhookTargetNotAllowed extends RefusedRequest {

    WebhookTargetNotAllowed(String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "webhook-target-not-allowed", "Webhook target not allowed", reason);
    }
}
