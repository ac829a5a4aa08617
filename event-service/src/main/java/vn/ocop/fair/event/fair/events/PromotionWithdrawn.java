package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * The organiser withdrew a promotion: orders placed from now on are priced without it; orders
 * already placed keep their prices.
 *
 * @param version the promotion's version after the withdrawal
 */
public record PromotionWithdrawn(String fairId, String promotionId, long version, String reason, Instant occurredAt)
        implements FairEvent {}
