package vn.ocop.fair.event.fair;

import java.time.Instant;
import java.time.LocalDate;

/** A fair as the API shows it; times of day as {@code HH:mm} in {@code timeZone}. */
record FairView(
        String id,
        String name,
        FairKind kind,
        String theme,
        Venue venue,
        String timeZone,
        LocalDate startsOn,
        LocalDate endsOn,
        String opensAt,
        String closesAt,
        Instant firstOpeningAt,
        Instant lastClosingAt,
        FairStatus status,
        String organiserId,
        EntryRules entryRules,
        long version,
        String cancelReason) {

    static FairView of(Fair fair) {
        FairPlan plan = fair.plan();
        return new FairView(
                fair.id(),
                plan.name(),
                plan.kind(),
                plan.theme(),
                plan.venue(),
                FairPlan.ZONE.getId(),
                plan.startsOn(),
                plan.endsOn(),
                plan.opensAt() == null ? null : plan.opensAt().toString(),
                plan.closesAt() == null ? null : plan.closesAt().toString(),
                plan.firstOpening(),
                plan.lastClosing(),
                fair.status(),
                fair.organiserId(),
                plan.entryRules(),
                fair.version(),
                fair.cancelReason());
    }
}
