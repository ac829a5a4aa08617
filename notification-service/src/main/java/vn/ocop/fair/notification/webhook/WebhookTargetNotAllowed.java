package vn.ocop.fair.notification.webhook;

/**
 * A webhook URL pointing where the service must not call: this machine, a private or otherwise
 * internal network, a non-standard port, or with a user name in it ({@link WebhookTargets}).
 */
public class WebhookTargetNotAllowed extends RuntimeException {

    WebhookTargetNotAllowed(String reason) {
        super(reason);
    }
}
