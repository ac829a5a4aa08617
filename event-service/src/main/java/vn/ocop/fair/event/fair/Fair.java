package vn.ocop.fair.event.fair;

import java.time.Instant;
import java.util.List;
import vn.ocop.fair.event.fair.events.FairCancelled;
import vn.ocop.fair.event.fair.events.FairClosed;
import vn.ocop.fair.event.fair.events.FairEvent;
import vn.ocop.fair.event.fair.events.FairOpened;
import vn.ocop.fair.event.fair.events.FairPublished;
import vn.ocop.fair.event.fair.events.FairScheduled;
import vn.ocop.fair.event.fair.events.FairSnapshot;

/**
 * A fair: its plan, its status and its version (one more per change). Every change answers the
 * fair after it and the event it raised; illegal ones throw {@link FairRefusals.IllegalTransition}.
 */
public record Fair(String id, FairPlan plan, FairStatus status, String organiserId, long version, String cancelReason) {

    /**
     * The change a fair went through: the fair after it and the event it raised (null only when no
     * consumer could read one: the cancellation of a draft stored without dates).
     */
    public record Change(Fair fair, FairEvent event) {}

    /**
     * A new draft. It needs its dates from the start: its {@link FairScheduled} (and every later
     * event) carries them, and order-service cannot place a fair without them.
     */
    static Change draft(String id, FairPlan plan, String organiserId, Instant now) {
        requireDates(plan);
        Fair fair = new Fair(id, plan, FairStatus.DRAFT, organiserId, 1, null);
        return new Change(fair, new FairScheduled(id, 1, now, fair.snapshot()));
    }

    /** A new plan while DRAFT or PUBLISHED; the event re-announces the fair in its status. */
    Change edit(FairPlan newPlan, Instant now) {
        if (status != FairStatus.DRAFT && status != FairStatus.PUBLISHED) {
            throw new FairRefusals.IllegalTransition(
                    "A fair that is " + status + " can no longer be edited (DRAFT or PUBLISHED only)");
        }
        requireDates(newPlan);
        Fair after = new Fair(id, newPlan, status, organiserId, version + 1, null);
        FairEvent event = status == FairStatus.DRAFT
                ? new FairScheduled(id, after.version, now, after.snapshot())
                : new FairPublished(id, after.version, now, after.snapshot());
        return new Change(after, event);
    }

    /** Makes the fair public; needs a complete plan and at least one booth. */
    Change publish(long booths, Instant now) {
        Fair after = moveTo(FairStatus.PUBLISHED, null);
        List<String> missing = new java.util.ArrayList<>(plan.missingForPublication());
        if (booths == 0) {
            missing.add("at least one booth");
        }
        if (!missing.isEmpty()) {
            throw new FairRefusals.FairIncomplete(missing);
        }
        return new Change(after, new FairPublished(id, after.version, now, after.snapshot()));
    }

    Change open(Instant now) {
        Fair after = moveTo(FairStatus.OPEN, null);
        return new Change(after, new FairOpened(id, after.version, now, after.snapshot()));
    }

    Change close(Instant now) {
        Fair after = moveTo(FairStatus.CLOSED, null);
        return new Change(after, new FairClosed(id, after.version, now, after.snapshot()));
    }

    Change cancel(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new FairRefusals.InvalidFair("Cancelling a fair needs a reason");
        }
        Fair after = moveTo(FairStatus.CANCELLED, reason);
        if (plan.startsOn() == null || plan.endsOn() == null) {
            // a draft stored before drafts needed dates: its FairScheduled could not be read by
            // order-service, and a FairCancelled without dates would be parked the same way
            return new Change(after, null);
        }
        return new Change(after, new FairCancelled(id, after.version, now, reason, after.snapshot()));
    }

    private static void requireDates(FairPlan plan) {
        if (plan.startsOn() == null || plan.endsOn() == null) {
            throw new FairRefusals.InvalidFair(
                    "A fair needs its dates (startsOn, endsOn) from its draft on: every fair event"
                            + " carries them, and the services reading the events cannot place a fair without them");
        }
    }

    private Fair moveTo(FairStatus next, String reason) {
        if (!status.mayBecome(next)) {
            throw new FairRefusals.IllegalTransition(
                    "A fair that is %s cannot become %s (the lifecycle is DRAFT → PUBLISHED → OPEN → CLOSED, or CANCELLED before CLOSED)"
                            .formatted(status, next));
        }
        return new Fair(id, plan, next, organiserId, version + 1, reason);
    }

    public FairSnapshot snapshot() {
        Venue v = plan.venue();
        EntryRules r = plan.entryRules();
        return new FairSnapshot(
                plan.name(),
                plan.kind().name(),
                plan.theme(),
                v == null ? null : new FairSnapshot.Venue(v.name(), v.address(), v.commune(), v.province()),
                FairPlan.ZONE.getId(),
                plan.startsOn(),
                plan.endsOn(),
                plan.opensAt(),
                plan.closesAt(),
                status.name(),
                organiserId,
                new FairSnapshot.EntryRules(
                        r.minimumStars(), r.allowedProvinces(), r.boothsPerProducer(), r.boothSubsidyPercent()));
    }
}
