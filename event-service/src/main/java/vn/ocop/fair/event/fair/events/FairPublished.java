package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * The fair is public: customers can see it and producers apply for booths.
 *
 * @param version the fair's version after this event; a consumer keeps the highest it has seen
 */
public record FairPublished(String fairId, long version, Instant occurredAt, FairSnapshot fair) implements FairEvent {}
