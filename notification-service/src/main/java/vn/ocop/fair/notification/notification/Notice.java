package vn.ocop.fair.notification.notification;

import java.time.Instant;
import java.util.Map;

/**
 * One thing to tell one recipient, before it is rendered: what, because of which event, and the
 * values its templates show.
 *
 * @param eventId the CloudEvents id of the event (or a derived key for scheduled reminders): with
 *     recipient and channel, what makes a notification unique
 * @param eventTime when the event happened (delivery latency is measured from it)
 * @param recipient a namespaced key ({@link Recipients})
 * @param fallbackEmail the address to use when the recipient set none (an order's contact), or null
 */
public record Notice(
        NotificationType type,
        String eventId,
        Instant eventTime,
        String recipient,
        Map<String, Object> model,
        String fallbackEmail) {

    public Notice(
            NotificationType type, String eventId, Instant eventTime, String recipient, Map<String, Object> model) {
        this(type, eventId, eventTime, recipient, model, null);
    }
}
