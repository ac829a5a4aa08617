package vn.ocop.fair.notification.preference;

import org.springframework.http.HttpStatus;
import vn.ocop.fair.support.web.RefusedRequest;

/** WEBHOOK is not a channel a person picks: webhooks are registered under /api/notifications/webhooks. */
class UnsupportedChannel extends RefusedRequest {

    UnsupportedChannel() {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unsupported-channel",
                "Unsupported channel",
                "channels may be EMAIL and IN_APP; register a webhook under /api/notifications/webhooks instead");
    }
}
