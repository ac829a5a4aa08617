package vn.ocop.fair.notification.preference;

import vn.ocop.fair.support.web.RefusedRequest.Unprocessable;

/** WEBHOOK is not a channel a person picks: webhooks are registered under /api/notifications/webhooks. */
class UnsupportedChannel extends Unprocessable {

    UnsupportedChannel() {
        super(
                "unsupported-channel",
                "Unsupported channel",
                "channels may be EMAIL and IN_APP; register a webhook under /api/notifications/webhooks instead");
    }
}
