package vn.ocop.fair.notification.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.notification.PageView;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.notification.Notifications;
import vn.ocop.fair.notification.notification.Recipients;

/**
 * {@code /api/notifications/webhooks}: organisers and operators (SecurityConfig) register endpoints
 * for the event types they want; each sees and removes only their own, with its delivery log.
 */
@RestController
@RequestMapping("/api/notifications/webhooks")
class WebhookController {

    /** Every event type notification-service consumes, and so can forward. */
    static final Set<String> EVENT_TYPES = Set.of(
            "OrderPlaced",
            "OrderConfirmed",
            "OrderRejected",
            "OrderCancelled",
            "OrderExpired",
            "OrderPaid",
            "OrderFulfilled",
            "FairScheduled",
            "FairPublished",
            "FairOpened",
            "FairClosed",
            "FairCancelled",
            "BoothAssigned",
            "BoothReleased",
            "ExhibitorApplied",
            "ExhibitorApplicationDecided",
            "ActivityScheduled",
            "PromotionAnnounced",
            "PromotionWithdrawn",
            "StockLow",
            "CertificateExpiring");

    private final Webhooks webhooks;
    private final Notifications notifications;
    private final WebhookTargets targets;
    private final Clock clock;

    WebhookController(Webhooks webhooks, Notifications notifications, WebhookTargets targets, Clock clock) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.notifications = notifications;
        this.clock = clock;
    }

    record WebhookRequest(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty List<@NotBlank String> eventTypes) {}

    /** @param secret shown only in the answer to the registration */
    record WebhookView(String id, String url, List<String> eventTypes, Instant createdAt, String secret) {

        static WebhookView of(Document d, boolean withSecret) {
            return new WebhookView(
                    d.getString("_id"),
                    d.getString("url"),
                    d.getList("eventTypes", String.class),
                    d.getDate("createdAt").toInstant(),
                    withSecret ? d.getString("secret") : null);
        }
    }

    record DeliveryView(
            String id,
            String eventId,
            String eventType,
            String status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant sentAt,
            Instant nextAttemptAt) {

        static DeliveryView of(Document d) {
            return new DeliveryView(
                    d.getString("_id"),
                    d.getString("eventId"),
                    d.getString("eventType"),
                    d.getString("status"),
                    d.getInteger("attempts", 0),
                    d.getString("lastError"),
                    instant(d.getDate("createdAt")),
                    instant(d.getDate("sentAt")),
                    Notifications.PENDING.equals(d.getString("status")) ? instant(d.getDate("dueAt")) : null);
        }

        private static Instant instant(Date date) {
            return date == null ? null : date.toInstant();
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WebhookView register(@AuthenticationPrincipal Jwt token, @Valid @RequestBody WebhookRequest request) {
        URI url = targets.check(request.url());
        for (String type : request.eventTypes()) {
            if (!Webhooks.ALL.equals(type) && !EVENT_TYPES.contains(type)) {
                throw new InvalidWebhook("unknown event type " + type + "; known: * or " + EVENT_TYPES);
            }
        }
        return WebhookView.of(
                webhooks.register(token.getSubject(), url.toString(), request.eventTypes(), clock.instant()), true);
    }

    @GetMapping
    List<WebhookView> mine(@AuthenticationPrincipal Jwt token) {
        return webhooks.ownedBy(token.getSubject()).stream()
                .map(d -> WebhookView.of(d, false))
                .toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        if (!webhooks.remove(id, token.getSubject())) {
            throw new WebhookNotFound(id);
        }
    }

    @GetMapping("/{id}/deliveries")
    PageView<DeliveryView> deliveries(
            @AuthenticationPrincipal Jwt token,
            @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        webhooks.owned(id, token.getSubject()).orElseThrow(() -> new WebhookNotFound(id));
        String recipient = Recipients.webhook(id);
        List<DeliveryView> items = notifications.page(recipient, Channel.WEBHOOK, false, page, size).stream()
                .map(DeliveryView::of)
                .toList();
        return new PageView<>(items, page, size, notifications.count(recipient, Channel.WEBHOOK, false));
    }
}
