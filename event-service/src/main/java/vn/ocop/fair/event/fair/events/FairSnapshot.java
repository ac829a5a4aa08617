package vn.ocop.fair.event.fair.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The fair as it stands after an event: what consumers need to know of its schedule and rules.
 *
 * @param kind FAIR, TRADE_WEEK, THEMED_SHOWCASE, LIVESTREAM_SESSION or PERMANENT_POINT_OF_SALE
 * @param timeZone the zone the fair is planned in, {@code Asia/Ho_Chi_Minh}
 * @param startsOn the first day, local date
 * @param endsOn the last day, inclusive, local date
 * @param opensAt the daily opening time, local
 * @param closesAt the daily closing time, local
 * @param status DRAFT, PUBLISHED, OPEN, CLOSED or CANCELLED
 */
public record FairSnapshot(
        String name,
        String kind,
        String theme,
        Venue venue,
        String timeZone,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime opensAt,
        LocalTime closesAt,
        String status,
        String organiserId,
        EntryRules entryRules) {

    /** @param commune the commune or ward (xã/phường) */
    public record Venue(String name, String address, String commune, String province) {}

    /**
     * @param allowedProvinces the provinces a producer must be from (a regional theme); empty = any
     * @param boothsPerProducer at most this many booths per producer at once
     * @param boothSubsidyPercent the share of the booth price the organiser pays
     */
    public record EntryRules(
            int minimumStars, List<String> allowedProvinces, int boothsPerProducer, int boothSubsidyPercent) {

        public EntryRules {
            allowedProvinces = allowedProvinces == null ? List.of() : List.copyOf(allowedProvinces);
        }
    }
}
