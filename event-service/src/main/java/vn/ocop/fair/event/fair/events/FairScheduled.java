package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * The organiser drafted a fair; it is not public yet.
 *
 * @param version the fair's version after this event; a consumer keeps the highest it has seen
 */
public record FairScheduled(String fairId, long version, Instant occurredAt, FairSnapshot fair) implements FairEvent {}
