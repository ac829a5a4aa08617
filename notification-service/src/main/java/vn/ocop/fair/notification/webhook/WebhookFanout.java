package vn.ocop.fair.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
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
 * (event, webhook), whose body is {@code {id, type, time, data}} with the event as data. A batch
 * of events costs one read of the webhooks and one unordered insert; deliveries due now are stored
 * already claimed and handed to the {@link Dispatcher}.
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
     * An event as consumed.
     *
     * @param name the event's name, e.g. {@code OrderPaid}
     * @param id its CloudEvents id
     * @param payload the event as it arrived
     */
    public record Offered(String name, String id, Instant time, byte[] payload) {}

    /** Stores and starts the deliveries of these events (in the order consumed) to the webhooks that want them. */
    public void offerAll(List<Offered> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Document> wanting =
                webhooks.wanting(events.stream().map(Offered::name).collect(Collectors.toSet()));
        if (wanting.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Document> deliveries = new ArrayList<>();
        for (Offered event : events) {
            String body = null;
            for (Document webhook : wanting) {
                if (!Webhooks.wants(webhook, event.name())) {
                    continue;
                }
                if (body == null) {
                    body = envelope(event);
                }
                String recipient = Recipients.webhook(webhook.getString("_id"));
                deliveries.add(new Document("_id", Notifications.idOf(event.id(), recipient, Channel.WEBHOOK))
                        .append("eventId", event.id())
                        .append("recipient", recipient)
                        .append("channel", Channel.WEBHOOK.name())
                        .append("type", event.name())
                        .append("eventType", event.name())
                        .append("webhookId", webhook.getString("_id"))
                        .append("body", body)
                        .append("eventTime", event.time() == null ? null : Date.from(event.time()))
                        .append("createdAt", Date.from(now))
                        .append("status", Notifications.PENDING)
                        .append("dueAt", Date.from(now))
                        .append("attempts", 0));
            }
        }
        boolean claimed = dispatcher.claimOnInsert(deliveries, now);
        List<Document> inserted = notifications.insertAll(deliveries);
        inserted.forEach(d -> metrics.created(Channel.WEBHOOK, d.getString("eventType")));
        if (claimed) {
            dispatcher.dispatch(inserted);
        } else {
            dispatcher.wake();
        }
    }

    private String envelope(Offered event) {
        JsonNode data = json.readTree(new String(event.payload(), StandardCharsets.UTF_8));
        ObjectNode envelope = json.createObjectNode();
        envelope.put("id", event.id());
        envelope.put("type", event.name());
        envelope.put("time", event.time() == null ? null : event.time().toString());
        envelope.set("data", data);
        return json.writeValueAsString(envelope);
    }
}
