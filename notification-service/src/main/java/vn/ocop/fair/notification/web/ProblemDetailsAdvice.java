package vn.ocop.fair.notification.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ocop.fair.notification.feed.NotificationNotFound;
import vn.ocop.fair.notification.preference.UnsupportedChannel;
import vn.ocop.fair.notification.subscription.AlreadyFollowing;
import vn.ocop.fair.notification.subscription.SubscriptionNotFound;
import vn.ocop.fair.notification.webhook.InvalidWebhook;
import vn.ocop.fair.notification.webhook.WebhookNotFound;
import vn.ocop.fair.notification.webhook.WebhookTargetNotAllowed;
import vn.ocop.fair.support.web.ProblemDetailsSupport;

/** The one place notification-service turns failures into RFC 9457 problem details, each with a stable type. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsSupport {

    @ExceptionHandler
    ProblemDetail notificationNotFound(NotificationNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "notification-not-found", "Notification not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail subscriptionNotFound(SubscriptionNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "subscription-not-found", "Subscription not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail webhookNotFound(WebhookNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "webhook-not-found", "Webhook not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail alreadyFollowing(AlreadyFollowing e) {
        return problem(HttpStatus.CONFLICT, "already-following", "Already following", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidWebhook(InvalidWebhook e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-webhook", "Invalid webhook", e.getMessage());
    }

    /** A webhook URL pointing at this machine, an internal network or a non-standard port. */
    @ExceptionHandler
    ProblemDetail webhookTargetNotAllowed(WebhookTargetNotAllowed e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "webhook-target-not-allowed",
                "Webhook target not allowed",
                e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unsupportedChannel(UnsupportedChannel e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unsupported-channel", "Unsupported channel", e.getMessage());
    }
}
