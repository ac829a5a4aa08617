package vn.ocop.fair.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.fair.notification.delivery.Dispatcher;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.notification.NotificationMetrics;
import vn.ocop.fair.notification.notification.Notifications;
import vn.ocop.fair.notification.notification.Recipients;

/**
 * Offers every event consumed to the webhooks that want its type: one stored delivery per
 * (event, webhook), whose body is {@code {id, type, time, data}} with the event as data.
 */
@Component
public class WebhookFanout {

    private final Webhooks webhooks;
    private final Notifications notifications;
    private final NotificationMetrics metrics;
    private final Dispatcher dispatcher;
    private final JsonMapper json;
    private final Clock clock;

    WebhookFanout(
            Webhooks webhooks,
            Notifications notifications,
            NotificationMetrics metrics,
            Dispatcher dispatcher,
            JsonMapper json,
            Clock clock) {
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.metrics = metrics;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param eventType the event's name, e.g. {@code OrderPlaced}
     * @param payload the event as it arrived
     */
    public void offer(String eventType, String eventId, Instant eventTime, byte[] payload) {
        var wanting = webhooks.wanting(eventType);
        if (wanting.isEmpty()) {
            return;
        }
        JsonNode data = json.readTree(new String(payload, StandardCharsets.UTF_8));
        ObjectNode envelope = json.createObjectNode();
        envelope.put("id", eventId);
        envelope.put("type", eventType);
        envelope.put("time", eventTime == null ? null : eventTime.toString());
        envelope.set("data", data);
        String body = json.writeValueAsString(envelope);
        Instant now = clock.instant();
        boolean any = false;
        for (Document webhook : wanting) {
            Document delivery = new Document("_id", UUID.randomUUID().toString())
                    .append("eventId", eventId)
                    .append("recipient", Recipients.webhook(webhook.getString("_id")))
                    .append("channel", Channel.WEBHOOK.name())
                    .append("type", eventType)
                    .append("eventType", eventType)
                    .append("webhookId", webhook.getString("_id"))
                    .append("body", body)
                    .append("eventTime", eventTime == null ? null : Date.from(eventTime))
                    .append("createdAt", Date.from(now))
                    .append("status", Notifications.PENDING)
                    .append("dueAt", Date.from(now))
                    .append("attempts", 0);
            if (notifications.insert(delivery)) {
                metrics.created(Channel.WEBHOOK, eventType);
                any = true;
            }
        }
        if (any) {
            dispatcher.wake();
        }
    }
}
