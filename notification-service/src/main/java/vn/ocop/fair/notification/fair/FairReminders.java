package vn.ocop.fair.notification.fair;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.NotificationProperties;
import vn.ocop.fair.notification.notification.Notice;
import vn.ocop.fair.notification.notification.NotificationType;
import vn.ocop.fair.notification.notification.Notifier;
import vn.ocop.fair.notification.subscription.Subscriptions;
import vn.ocop.fair.notification.template.Formats;

/**
 * "The fair opens tomorrow": from the configured hour (18:00 Hanoi time) on the day before a
 * published fair starts, its followers are told, once per fair and day (the notification key is
 * {@code fair-opens-tomorrow:<fairId>:<day>}), whenever the check runs, so a restart during the
 * evening still sends it.
 */
@Component
public class FairReminders {

    private final Fairs fairs;
    private final Subscriptions subscriptions;
    private final Notifier notifier;
    private final int hour;
    private final Clock clock;

    FairReminders(
            Fairs fairs,
            Subscriptions subscriptions,
            Notifier notifier,
            NotificationProperties properties,
            Clock clock) {
        this.fairs = fairs;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.hour = properties.reminders().hour();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ocop.notification.reminders.check-interval}")
    void check() {
        remind(clock.instant());
    }

    /** Sends the reminders due at {@code now}; returns how many fairs open tomorrow. */
    public int remind(Instant now) {
        ZonedDateTime local = now.atZone(Formats.LOCAL_TIME);
        if (local.getHour() < hour) {
            return 0;
        }
        LocalDate tomorrow = local.toLocalDate().plusDays(1);
        List<Document> opening = fairs.publishedStartingOn(tomorrow);
        for (Document fair : opening) {
            String fairId = fair.getString("_id");
            Map<String, Object> model = new HashMap<>();
            model.put("fairId", fairId);
            model.put("fairName", fair.getString("name"));
            model.put("venue", fair.getString("venue"));
            model.put("startsOn", Formats.date(tomorrow));
            model.put("opensAt", hhmm(fair.getString("opensAt")));
            model.put("closesAt", hhmm(fair.getString("closesAt")));
            for (String follower : subscriptions.followers(Subscriptions.Kind.FAIR, List.of(fairId))) {
                notifier.notify(new Notice(
                        NotificationType.FAIR_OPENS_TOMORROW,
                        "fair-opens-tomorrow:" + fairId + ":" + tomorrow,
                        now,
                        follower,
                        model));
            }
        }
        return opening.size();
    }

    private static String hhmm(String time) {
        return time == null || time.length() < 5 ? time : time.substring(0, 5);
    }
}
