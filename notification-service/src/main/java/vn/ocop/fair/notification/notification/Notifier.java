package vn.ocop.fair.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Turns {@link Notice}s into stored notifications, one per channel each recipient chose: in-app
 * (stored as sent and pushed to open streams) and e-mail (due now, or at the end of the quiet hours
 * unless urgent; one due now is stored already claimed and handed to the {@link Dispatcher} at
 * once, the others are found by its sweep). Rendered in the recipient's language. A batch of
 * notices costs one read of preferences and one unordered insert; a notice already stored for that
 * event, recipient and channel is not stored again.
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
        notifyAll(List.of(notice));
    }

    public void notifyAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        Map<String, Preference> chosen =
                preferences.of(notices.stream().map(Notice::recipient).collect(Collectors.toSet()));
        Instant now = clock.instant();
        List<Document> stored = new ArrayList<>();
        List<Document> dueNow = new ArrayList<>();
        Map<Document, Notice> of = new IdentityHashMap<>();
        for (Notice notice : notices) {
            Preference preference = chosen.get(notice.recipient());
            Rendered text = templates.render(notice.type(), preference.language(), notice.model());
            if (preference.channels().contains(Channel.IN_APP)) {
                Document inApp = base(notice, Channel.IN_APP, preference.language(), text, now)
                        .append("status", Notifications.SENT)
                        .append("sentAt", Date.from(now))
                        .append("read", false);
                stored.add(inApp);
                of.put(inApp, notice);
            }
            String address = preference.email() != null ? preference.email() : notice.fallbackEmail();
            if (preference.channels().contains(Channel.EMAIL) && address != null && !address.isBlank()) {
                Instant due = notice.type().urgent() ? now : preference.deferUntil(now);
                Document email = base(notice, Channel.EMAIL, preference.language(), text, now)
                        .append("address", address)
                        .append("status", Notifications.PENDING)
                        .append("dueAt", Date.from(due))
                        .append("attempts", 0);
                stored.add(email);
                of.put(email, notice);
                if (!due.isAfter(now)) {
                    dueNow.add(email);
                }
            }
        }
        boolean claimed = dispatcher.claimOnInsert(dueNow, now);
        List<Document> toSend = new ArrayList<>();
        for (Document inserted : notifications.insertAll(stored)) {
            Notice notice = of.get(inserted);
            Channel channel = Channel.valueOf(inserted.getString("channel"));
            metrics.created(channel, notice.type().name());
            if (channel == Channel.IN_APP) {
                metrics.sent(Channel.IN_APP, notice.type().name(), notice.eventTime(), now);
                live.push(notice.recipient(), FeedItem.of(inserted));
            } else if (Notifications.SENDING.equals(inserted.getString("status"))) {
                toSend.add(inserted);
            }
        }
        dispatcher.dispatch(toSend);
        if (!claimed) {
            dispatcher.wake();
        }
    }

    private static Document base(Notice notice, Channel channel, String language, Rendered text, Instant now) {
        return new Document("_id", Notifications.idOf(notice.eventId(), notice.recipient(), channel))
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
