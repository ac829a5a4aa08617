package vn.ocop.fair.event.application;

import java.time.Instant;
import java.util.List;

/**
 * An application as the API answers it.
 *
 * @param waitlistPosition the place in line when WAITLISTED (1 = next), else null
 */
record ApplicationView(
        String id,
        String fairId,
        String producerId,
        List<String> productIds,
        List<String> boothPreferences,
        ApplicationStatus status,
        String reason,
        Integer waitlistPosition,
        String appliedBy,
        Instant appliedAt,
        Instant decidedAt) {

    static ApplicationView of(ExhibitorApplication a, Integer waitlistPosition) {
        return new ApplicationView(
                a.id(),
                a.fairId(),
                a.producerId(),
                a.productIds(),
                a.boothPreferences(),
                a.status(),
                a.reason(),
                a.status() == ApplicationStatus.WAITLISTED ? waitlistPosition : null,
                a.appliedBy(),
                a.appliedAt(),
                a.decidedAt());
    }
}
