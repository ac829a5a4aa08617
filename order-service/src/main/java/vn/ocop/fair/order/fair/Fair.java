package vn.ocop.fair.order.fair;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A fair as order-service knows it.
 *
 * @param version event-service's version of the fair; only a higher one replaces this entry
 * @param status DRAFT, PUBLISHED, OPEN, CLOSED or CANCELLED
 */
public record Fair(
        String fairId,
        long version,
        String name,
        String status,
        String timeZone,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime opensAt,
        LocalTime closesAt) {

    public static final String OPEN = "OPEN";
    public static final String PUBLISHED = "PUBLISHED";

    private ZoneId zone() {
        return ZoneId.of(timeZone == null ? "Asia/Ho_Chi_Minh" : timeZone);
    }

    /** When the fair opens its doors on its first day. */
    public Instant startsAt() {
        return startsOn.atTime(opensAt == null ? LocalTime.MIDNIGHT : opensAt)
                .atZone(zone())
                .toInstant();
    }

    /** When the fair closes on its last day. */
    public Instant endsAt() {
        return endsOn.atTime(closesAt == null ? LocalTime.MAX : closesAt)
                .atZone(zone())
                .toInstant();
    }

    /** Whether an order may be placed at this fair at all (published or open). */
    public boolean takesOrders() {
        return OPEN.equals(status) || PUBLISHED.equals(status);
    }

    /** Pickup at the booth: the fair is open, or published and starting within the pre-order window. */
    public boolean takesPickupOrdersAt(Instant now, Duration preOrderWindow) {
        if (OPEN.equals(status)) {
            return true;
        }
        return PUBLISHED.equals(status) && !startsAt().isAfter(now.plus(preOrderWindow));
    }
}
