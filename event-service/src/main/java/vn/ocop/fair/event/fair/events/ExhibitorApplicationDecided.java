package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * The organiser decided on an exhibitor application (a waitlisted one may be decided again).
 *
 * @param decision APPROVED, REJECTED or WAITLISTED
 * @param reason why, in words for people; required for a rejection
 * @param waitlistPosition the place in the queue when WAITLISTED (1 = next), else null
 */
public record ExhibitorApplicationDecided(
        String fairId,
        String applicationId,
        String producerId,
        String decision,
        String reason,
        Integer waitlistPosition,
        String fairName,
        Instant occurredAt)
        implements FairEvent {}
