package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * The fair opened its doors (its first day's opening time).
 *
 * @param version the fair's version after this event; a consumer keeps the highest it has seen
 */
public record FairOpened(String fairId, long version, Instant occurredAt, FairSnapshot fair) implements FairEvent {}
