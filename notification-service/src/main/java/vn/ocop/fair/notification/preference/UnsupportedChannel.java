package vn.ocop.fair.notification.preference;

/** WEBHOOK is not a channel a person picks: webhooks are registered under /api/notifications/webhooks. */
public class UnsupportedChannel extends RuntimeException {

    UnsupportedChannel() {
        super("channels may be EMAIL and IN_APP; register a webhook under /api/notifications/webhooks instead");
    }
}
