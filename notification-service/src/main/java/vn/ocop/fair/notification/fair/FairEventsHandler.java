package vn.ocop.fair.notification.fair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.events.EventHandler;
import vn.ocop.fair.notification.events.IncomingEvent;
import vn.ocop.fair.notification.notification.Notice;
import vn.ocop.fair.notification.notification.NotificationType;
import vn.ocop.fair.notification.notification.Notifier;
import vn.ocop.fair.notification.notification.Recipients;
import vn.ocop.fair.notification.order.OrderNotices;
import vn.ocop.fair.notification.order.Orders;
import vn.ocop.fair.notification.subscription.Subscriptions;
import vn.ocop.fair.notification.template.Formats;

/**
 * {@code ocop.fairs.v1}: followers of a fair hear it is published, opened or cancelled; producers
 * hear of their applications and booths; organisers (one shared feed) hear of new applications and
 * get a summary when a fair opens and closes; paid pickup orders become "ready for pickup" when
 * their fair opens. Livestreams and flash deals are kept for {@link FlashDealAlarm}.
 */
@Component
class FairEventsHandler implements EventHandler {

    private final Fairs fairs;
    private final Orders orders;
    private final Subscriptions subscriptions;
    private final Notifier notifier;
    private final FlashDealAlarm flashDeals;
    private final Clock clock;

    FairEventsHandler(
            Fairs fairs,
            Orders orders,
            Subscriptions subscriptions,
            Notifier notifier,
            FlashDealAlarm flashDeals,
            Clock clock) {
        this.fairs = fairs;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.flashDeals = flashDeals;
        this.clock = clock;
    }

    @Override
    public Topic topic() {
        return Topic.FAIRS;
    }

    @Override
    public void handle(IncomingEvent event) {
        FairCopy e = event.read(FairCopy.class).require();
        switch (event.name()) {
            case "FairScheduled" -> lifecycle(e);
            case "FairPublished" -> {
                lifecycle(e);
                followers(NotificationType.FAIR_PUBLISHED, event, e);
            }
            case "FairOpened" -> {
                lifecycle(e);
                followers(NotificationType.FAIR_OPENED, event, e);
                organisers(NotificationType.FAIR_OPENED_SUMMARY, event, e, summary(e));
                List<Notice> ready = new ArrayList<>();
                for (Document order : orders.ofFair(e.fairId(), "PAID")) {
                    OrderNotices.readyForPickupIfPickup(
                                    order,
                                    e.fair().name(),
                                    event.id() + ":" + order.getString("_id"),
                                    event.timeOr(e.occurredAt()))
                            .ifPresent(ready::add);
                }
                notifier.notifyAll(ready);
            }
            case "FairClosed" -> {
                lifecycle(e);
                organisers(NotificationType.FAIR_CLOSED_SUMMARY, event, e, summary(e));
            }
            case "FairCancelled" -> {
                lifecycle(e);
                Map<String, Object> model = fairModel(e);
                model.put("reason", e.reason());
                tellAll(
                        NotificationType.FAIR_CANCELLED,
                        event,
                        e,
                        subscriptions.followers(Subscriptions.Kind.FAIR, List.of(e.fairId())),
                        model);
            }
            case "BoothAssigned" -> {
                fairs.boothAssigned(e.fairId(), e.fairName(), e.assignmentId());
                Map<String, Object> model = booth(e);
                model.put("zone", e.zone());
                model.put("startsOn", Formats.date(e.startsOn()));
                model.put("endsOn", Formats.date(e.endsOn()));
                model.put("products", e.productIds().size());
                producer(NotificationType.BOOTH_ASSIGNED, event, e, model);
            }
            case "BoothReleased" -> {
                fairs.boothReleased(e.fairId(), e.assignmentId());
                Map<String, Object> model = booth(e);
                model.put("reason", e.reason());
                producer(NotificationType.BOOTH_RELEASED, event, e, model);
            }
            case "ExhibitorApplied" -> {
                Map<String, Object> model = booth(e);
                model.put("producerId", e.producerId());
                model.put("products", e.productIds().size());
                model.put("boothPreferences", String.join(", ", e.boothPreferences()));
                organisers(NotificationType.APPLICATION_RECEIVED, event, e, model);
            }
            case "ExhibitorApplicationDecided" -> decided(event, e);
            case "ActivityScheduled" -> fairs.activity(e);
            case "PromotionAnnounced" -> {
                if (e.promotion() != null && "FLASH_DEAL".equals(e.promotion().kind())) {
                    flashDeals.schedule(e, event.id());
                    flashDeals.fireDue(clock.instant());
                }
            }
            case "PromotionWithdrawn" -> flashDeals.withdraw(e.promotionId());
            default -> {
                // a type this service does not read
            }
        }
    }

    private void lifecycle(FairCopy e) {
        fairs.snapshot(e.fairId(), e.version() == null ? 0 : e.version(), e.requireSnapshot());
    }

    private void decided(IncomingEvent event, FairCopy e) {
        NotificationType type = switch (String.valueOf(e.decision())) {
            case "APPROVED" -> NotificationType.APPLICATION_APPROVED;
            case "REJECTED" -> NotificationType.APPLICATION_REJECTED;
            case "WAITLISTED" -> NotificationType.APPLICATION_WAITLISTED;
            default ->
                throw new vn.ocop.fair.support.events.UnreadableEvent("unknown application decision " + e.decision());
        };
        Map<String, Object> model = booth(e);
        model.put("reason", e.reason());
        model.put("waitlistPosition", e.waitlistPosition());
        producer(type, event, e, model);
    }

    static Map<String, Object> fairModel(FairCopy e) {
        FairCopy.Snapshot fair = e.requireSnapshot();
        Map<String, Object> model = new HashMap<>();
        model.put("fairId", e.fairId());
        model.put("fairName", fair.name());
        model.put("venue", fair.venue() == null ? null : fair.venue().oneLine());
        model.put("startsOn", Formats.date(fair.startsOn()));
        model.put("endsOn", Formats.date(fair.endsOn()));
        model.put(
                "opensAt",
                fair.opensAt() == null ? null : fair.opensAt().toString().substring(0, 5));
        model.put(
                "closesAt",
                fair.closesAt() == null ? null : fair.closesAt().toString().substring(0, 5));
        return model;
    }

    private Map<String, Object> booth(FairCopy e) {
        Map<String, Object> model = new HashMap<>();
        model.put("fairId", e.fairId());
        model.put("fairName", e.fairName() != null ? e.fairName() : fairs.name(e.fairId()));
        model.put("boothCode", e.boothCode());
        return model;
    }

    private Map<String, Object> summary(FairCopy e) {
        Map<String, Object> model = fairModel(e);
        Document stored = fairs.byId(e.fairId()).orElse(new Document());
        model.put("booths", stored.getList("booths", String.class, List.of()).size());
        List<Document> all = orders.ofFair(e.fairId());
        long paid = 0;
        long revenue = 0;
        for (Document order : all) {
            String status = order.getString("status");
            if ("PAID".equals(status) || "FULFILLED".equals(status)) {
                paid++;
                Number total = (Number) order.get("totalVnd");
                revenue += total == null ? 0 : total.longValue();
            }
        }
        model.put("orders", all.size());
        model.put("paidOrders", paid);
        model.put("revenue", Formats.vnd(revenue));
        return model;
    }

    private void followers(NotificationType type, IncomingEvent event, FairCopy e) {
        tellAll(type, event, e, subscriptions.followers(Subscriptions.Kind.FAIR, List.of(e.fairId())), fairModel(e));
    }

    private void organisers(NotificationType type, IncomingEvent event, FairCopy e, Map<String, Object> model) {
        tellAll(type, event, e, Set.of(Recipients.ORGANISERS), model);
    }

    private void producer(NotificationType type, IncomingEvent event, FairCopy e, Map<String, Object> model) {
        if (e.producerId() == null || e.producerId().isBlank()) {
            throw new vn.ocop.fair.support.events.UnreadableEvent(event.name() + " without a producerId");
        }
        tellAll(type, event, e, Set.of(Recipients.producer(e.producerId())), model);
    }

    private void tellAll(
            NotificationType type, IncomingEvent event, FairCopy e, Set<String> recipients, Map<String, Object> model) {
        notifier.notifyAll(recipients.stream()
                .map(recipient -> new Notice(type, event.id(), event.timeOr(e.occurredAt()), recipient, model))
                .toList());
    }
}
