package vn.ocop.fair.notification.fair;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.notification.Notice;
import vn.ocop.fair.notification.notification.NotificationType;
import vn.ocop.fair.notification.notification.Notifier;
import vn.ocop.fair.notification.subscription.Subscriptions;
import vn.ocop.fair.notification.template.Formats;

/**
 * Flash deals in livestreams ({@code flash_deals} collection): announced deals wait until their
 * {@code validFrom} (at once if already started; never if already over or withdrawn), then the
 * followers of the fair, of the livestream's producers and of the livestream itself hear that the
 * deal starts. Persisted, so a restart keeps the alarms; idempotent per deal and follower.
 */
@Component
public class FlashDealAlarm {

    private final MongoCollection<Document> deals;
    private final Fairs fairs;
    private final Subscriptions subscriptions;
    private final Notifier notifier;
    private final Clock clock;

    FlashDealAlarm(MongoDatabase database, Fairs fairs, Subscriptions subscriptions, Notifier notifier, Clock clock) {
        this.deals = database.getCollection("flash_deals");
        this.fairs = fairs;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.clock = clock;
    }

    void schedule(FairCopy announced, String eventId) {
        FairCopy.Promotion p = announced.promotion();
        FairCopy.FlashDeal deal = p.flashDeal();
        deals.updateOne(
                eq("_id", p.id()),
                Updates.combine(
                        Updates.set("fairId", announced.fairId()),
                        Updates.set("name", p.name()),
                        Updates.set("activityId", deal == null ? null : deal.activityId()),
                        Updates.set("productId", deal == null ? null : deal.productId()),
                        Updates.set("dealPriceVnd", deal == null ? null : deal.dealPriceVnd()),
                        Updates.set("units", deal == null ? null : deal.units()),
                        Updates.set("perBuyerCap", deal == null ? null : deal.perBuyerCap()),
                        Updates.set("validFrom", p.validFrom() == null ? null : Date.from(p.validFrom())),
                        Updates.set("validUntil", p.validUntil() == null ? null : Date.from(p.validUntil())),
                        Updates.set("eventId", eventId),
                        Updates.setOnInsert("status", "SCHEDULED")),
                new UpdateOptions().upsert(true));
    }

    void withdraw(String promotionId) {
        if (promotionId != null) {
            deals.updateOne(
                    eq("_id", promotionId), Updates.set("status", "WITHDRAWN"), new UpdateOptions().upsert(true));
        }
    }

    @Scheduled(fixedDelayString = "${ocop.notification.reminders.check-interval}")
    void check() {
        fireDue(clock.instant());
    }

    /** Tells followers of every scheduled deal that has started by {@code now}. */
    public synchronized void fireDue(Instant now) {
        List<Document> due = deals.find(and(eq("status", "SCHEDULED"), lte("validFrom", Date.from(now))))
                .into(new ArrayList<>());
        for (Document deal : due) {
            Date until = deal.getDate("validUntil");
            if (until == null || until.toInstant().isAfter(now)) {
                tell(deal);
            }
            deals.updateOne(and(eq("_id", deal.get("_id")), eq("status", "SCHEDULED")), Updates.set("status", "DONE"));
        }
    }

    private void tell(Document deal) {
        String fairId = deal.getString("fairId");
        String activityId = deal.getString("activityId");
        Document activity = fairs.activity(activityId).orElse(new Document());
        List<String> producers = activity.getList("producerIds", String.class, List.of());
        Set<String> recipients = new LinkedHashSet<>();
        recipients.addAll(subscriptions.followers(Subscriptions.Kind.FAIR, List.of(fairId)));
        recipients.addAll(subscriptions.followers(Subscriptions.Kind.PRODUCER, producers));
        if (activityId != null) {
            recipients.addAll(subscriptions.followers(Subscriptions.Kind.LIVESTREAM, List.of(activityId)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("dealName", deal.getString("name"));
        model.put("fairName", fairs.name(fairId));
        Number price = (Number) deal.get("dealPriceVnd");
        model.put("dealPrice", price == null ? null : Formats.vnd(price.longValue()));
        model.put("units", deal.get("units"));
        model.put("perBuyerCap", deal.get("perBuyerCap"));
        model.put("startsAt", Formats.dateTime(instant(deal.getDate("validFrom"))));
        model.put("endsAt", Formats.dateTime(instant(deal.getDate("validUntil"))));
        model.put("livestreamTitle", activity.getString("title"));
        model.put("platform", activity.getString("platform"));
        model.put("host", activity.getString("host"));
        model.put("url", activity.getString("url"));
        model.put("boothCode", activity.getString("boothCode"));
        Instant eventTime = instant(deal.getDate("validFrom"));
        for (String recipient : recipients) {
            notifier.notify(new Notice(
                    NotificationType.FLASH_DEAL_STARTED, "flash-deal:" + deal.get("_id"), eventTime, recipient, model));
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
