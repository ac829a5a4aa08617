package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * The fair will not take place (or stops early); booths, promotions and pickups there are off.
 *
 * @param version the fair's version after this event; a consumer keeps the highest it has seen
 * @param reason why, in words for people (Vietnamese first)
 */
public record FairCancelled(String fairId, long version, Instant occurredAt, String reason, FairSnapshot fair)
        implements FairEvent {}
