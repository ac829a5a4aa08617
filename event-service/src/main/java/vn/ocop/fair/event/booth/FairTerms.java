package vn.ocop.fair.event.booth;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What the booths and exhibitors rules need of a fair, read from the {@code fairs} collection
 * (owned by the fair feature): its status, dates and hours, and its entry rules.
 *
 * @param startsOn the first day; null while a draft has no dates
 * @param endsOn the last day, inclusive; null while a draft has no dates
 * @param allowedProvinces the provinces a regional theme admits; empty = any
 * @param boothsPerProducer how many booths one producer may hold at the same time
 */
public record FairTerms(
        String fairId,
        String name,
        String status,
        String organiserId,
        ZoneId zone,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime opensAt,
        LocalTime closesAt,
        int minimumStars,
        List<String> allowedProvinces,
        int boothsPerProducer) {

    public static final int DEFAULT_BOOTHS_PER_PRODUCER = 2;
    static final Set<String> FINISHED = Set.of("CLOSED", "CANCELLED");
    static final Set<String> ACCEPTING_APPLICATIONS = Set.of("PUBLISHED", "OPEN");

    public FairTerms {
        allowedProvinces = allowedProvinces == null ? List.of() : List.copyOf(allowedProvinces);
    }

    /** Whether anyone but an organiser may see the fair and what is under it (not a draft). */
    public boolean isPublic() {
        return !"DRAFT".equals(status);
    }

    /** Producers may apply while the fair is published or open. */
    public boolean acceptsApplications() {
        return ACCEPTING_APPLICATIONS.contains(status);
    }

    /** Booths, assignments and decisions may change until the fair is closed or cancelled. */
    public boolean changeable() {
        return !FINISHED.contains(status);
    }

    /** The fair's last day; a fair without dates yet (a draft) is refused. */
    public LocalDate lastDay() {
        return requireDates().endsOn;
    }

    private FairTerms requireDates() {
        if (startsOn == null || endsOn == null) {
            throw new BoothRefusals.FairNotScheduled(this);
        }
        return this;
    }

    public FairTerms requireChangeable() {
        if (!changeable()) {
            throw new BoothRefusals.FairClosedForChanges(this);
        }
        return this;
    }

    /** From the first day's opening to the last day's closing, in the fair's time zone. */
    public Period wholeFair() {
        requireDates();
        return new Period(
                startsOn.atTime(opensAt).atZone(zone).toInstant(),
                endsOn.atTime(closesAt).atZone(zone).toInstant());
    }
}
