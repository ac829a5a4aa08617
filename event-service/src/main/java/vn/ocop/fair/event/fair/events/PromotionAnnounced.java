package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/** The organiser announced a promotion of the fair; order-service prices with it while it is valid. */
public record PromotionAnnounced(String fairId, Instant occurredAt, Promotion promotion) implements FairEvent {}
