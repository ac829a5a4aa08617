package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * The fair closed (its last day's closing time).
 *
 * @param version the fair's version after this event; a consumer keeps the highest it has seen
 */
public record FairClosed(String fairId, long version, Instant occurredAt, FairSnapshot fair) implements FairEvent {}
