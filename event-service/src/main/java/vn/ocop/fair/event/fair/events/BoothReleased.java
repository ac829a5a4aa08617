package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * A booth is no longer the producer's: the assignment was withdrawn or the producer left the
 * fair. Its products are no longer on sale there.
 *
 * @param assignmentId the assignment {@code BoothAssigned} announced
 * @param reason why, in words for people (Vietnamese first)
 */
public record BoothReleased(
        String fairId, String assignmentId, String boothCode, String producerId, Instant occurredAt, String reason)
        implements FairEvent {}
