package vn.ocop.fair.event.fair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the organiser plans: a fair in Asia/Ho_Chi_Minh local time, open daily from {@code opensAt}
 * to {@code closesAt} from {@code startsOn} through {@code endsOn}. A draft may lack the venue,
 * dates or hours; publishing needs them ({@link #missingForPublication()}).
 */
public record FairPlan(
        String name,
        FairKind kind,
        String theme,
        Venue venue,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime opensAt,
        LocalTime closesAt,
        EntryRules entryRules) {

    /** The zone every fair is planned in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public FairPlan {
        if (name == null || name.isBlank()) {
            throw new FairRefusals.InvalidFair("A fair needs a name");
        }
        if (kind == null) {
            throw new FairRefusals.InvalidFair("A fair needs a kind");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new FairRefusals.InvalidFair("endsOn (" + endsOn + ") is before startsOn (" + startsOn + ")");
        }
        if (opensAt != null && closesAt != null && !opensAt.isBefore(closesAt)) {
            throw new FairRefusals.InvalidFair("opensAt (" + opensAt + ") must be before closesAt (" + closesAt + ")");
        }
        entryRules = entryRules == null ? EntryRules.defaults() : entryRules;
        opensAt = opensAt == null ? null : opensAt.truncatedTo(ChronoUnit.MINUTES);
        closesAt = closesAt == null ? null : closesAt.truncatedTo(ChronoUnit.MINUTES);
    }

    /** What publishing still needs; empty when the plan is complete (booths are counted elsewhere). */
    List<String> missingForPublication() {
        List<String> missing = new ArrayList<>();
        if (venue == null || !venue.isComplete()) {
            missing.add("a venue (name, address, province)");
        }
        if (startsOn == null || endsOn == null) {
            missing.add("dates (startsOn, endsOn)");
        }
        if (opensAt == null || closesAt == null) {
            missing.add("daily hours (opensAt, closesAt)");
        }
        return missing;
    }

    boolean isScheduled() {
        return startsOn != null && endsOn != null && opensAt != null && closesAt != null;
    }

    /** The first day's opening, or null while the dates or hours are not set. */
    public Instant firstOpening() {
        return isScheduled() ? startsOn.atTime(opensAt).atZone(ZONE).toInstant() : null;
    }

    /** The last day's closing, or null while the dates or hours are not set. */
    public Instant lastClosing() {
        return isScheduled() ? endsOn.atTime(closesAt).atZone(ZONE).toInstant() : null;
    }

    /**
     * Why {@code [start, end)} does not fit inside one of the fair's days and its opening hours, or
     * null if it does.
     */
    public String whyOutsideHours(Instant start, Instant end) {
        if (!isScheduled()) {
            return "the fair has no dates and hours yet";
        }
        var localStart = start.atZone(ZONE).toLocalDateTime();
        var localEnd = end.atZone(ZONE).toLocalDateTime();
        LocalDate day = localStart.toLocalDate();
        if (day.isBefore(startsOn) || day.isAfter(endsOn)) {
            return "%s is not one of the fair's days (%s to %s)".formatted(day, startsOn, endsOn);
        }
        if (localStart.toLocalTime().isBefore(opensAt)
                || localEnd.isAfter(day.atTime(closesAt))
                || localEnd.toLocalDate().isAfter(day)) {
            return "%s–%s on %s is outside the fair's hours %s–%s (Asia/Ho_Chi_Minh)"
                    .formatted(localStart.toLocalTime(), localEnd.toLocalTime(), day, opensAt, closesAt);
        }
        return null;
    }
}
