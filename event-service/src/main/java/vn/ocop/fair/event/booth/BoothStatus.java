package vn.ocop.fair.event.booth;

import java.util.List;
import java.util.Locale;

/**
 * A booth's state on the floor plan at an instant: blocked by the organiser; assigned (a producer
 * holds it then); reserved (assigned to a producer for a later period); else available.
 */
public enum BoothStatus {
    AVAILABLE,
    RESERVED,
    ASSIGNED,
    BLOCKED;

    static BoothStatus of(Booth booth, List<Assignment> ofBooth, java.time.Instant at) {
        if (booth.blocked()) {
            return BLOCKED;
        }
        if (ofBooth.stream().anyMatch(a -> a.period().contains(at))) {
            return ASSIGNED;
        }
        if (ofBooth.stream().anyMatch(a -> a.period().startsAt().isAfter(at))) {
            return RESERVED;
        }
        return AVAILABLE;
    }

    /** As the API and the metrics write it: {@code available}, {@code reserved}… */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
