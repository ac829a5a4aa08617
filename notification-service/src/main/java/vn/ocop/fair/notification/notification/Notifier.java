package vn.ocop.fair.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.delivery.Dispatcher;
import vn.ocop.fair.notification.feed.FeedItem;
import vn.ocop.fair.notification.feed.LiveFeed;
import vn.ocop.fair.notification.preference.Preference;
import vn.ocop.fair.notification.preference.Preferences;
import vn.ocop.fair.notification.template.Rendered;
import vn.ocop.fair.notification.template.Templates;

/**
 * Turns a {@link Notice} into stored notifications, one per channel the recipient chose: in-app
 * (stored as sent and pushed to open streams) and e-mail (stored pending, due now, or at the end of
 * the quiet hours unless urgent, then sent by the {@link Dispatcher}). Rendered in the recipient's
 * language. A notice already stored for that event, recipient and channel is not stored again.
 */
@Component
public class Notifier {

    private final Notifications notifications;
    private final Preferences preferences;
    private final Templates templates;
    private final LiveFeed live;
    private final Dispatcher dispatcher;
    private final NotificationMetrics metrics;
    private final Clock clock;

    Notifier(
            Notifications notifications,
            Preferences preferences,
            Templates templates,
            LiveFeed live,
            Dispatcher dispatcher,
            NotificationMetrics metrics,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.templates = templates;
        this.live = live;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void notify(Notice notice) {
        Preference preference = preferences.of(notice.recipient());
        Rendered text = templates.render(notice.type(), preference.language(), notice.model());
        Instant now = clock.instant();
        if (preference.channels().contains(Channel.IN_APP)) {
            Document inApp = base(notice, Channel.IN_APP, preference.language(), text, now)
                    .append("status", Notifications.SENT)
                    .append("sentAt", Date.from(now))
                    .append("read", false);
            if (notifications.insert(inApp)) {
                metrics.created(Channel.IN_APP, notice.type().name());
                metrics.sent(Channel.IN_APP, notice.type().name(), notice.eventTime(), now);
                live.push(notice.recipient(), FeedItem.of(inApp));
            }
        }
        String address = preference.email() != null ? preference.email() : notice.fallbackEmail();
        if (preference.channels().contains(Channel.EMAIL) && address != null && !address.isBlank()) {
            Instant due = notice.type().urgent() ? now : preference.deferUntil(now);
            Document email = base(notice, Channel.EMAIL, preference.language(), text, now)
                    .append("address", address)
                    .append("status", Notifications.PENDING)
                    .append("dueAt", Date.from(due))
                    .append("attempts", 0);
            if (notifications.insert(email)) {
                metrics.created(Channel.EMAIL, notice.type().name());
                dispatcher.wake();
            }
        }
    }

    private static Document base(Notice notice, Channel channel, String language, Rendered text, Instant now) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("eventId", notice.eventId())
                .append("recipient", notice.recipient())
                .append("channel", channel.name())
                .append("type", notice.type().name())
                .append("language", language)
                .append("subject", text.subject())
                .append("body", text.body())
                .append("eventTime", notice.eventTime() == null ? null : Date.from(notice.eventTime()))
                .append("createdAt", Date.from(now));
    }
}
