package vn.ocop.fair.event.fair.events;

import java.time.Instant;
import java.util.List;

/**
 * An activity joined the fair's programme.
 *
 * @param kind LIVESTREAM, PERFORMANCE, WORKSHOP, OPENING_CEREMONY or TASTING
 * @param stage the stage it takes place on, or null when at a booth
 * @param boothCode the booth it takes place at, or null when on a stage
 * @param livestream the platform and host of a livestream, or null
 * @param producerIds the producers taking part
 * @param productIds the products featured
 */
public record ActivityScheduled(
        String fairId,
        String activityId,
        String kind,
        String title,
        String stage,
        String boothCode,
        Instant startsAt,
        Instant endsAt,
        Livestream livestream,
        List<String> producerIds,
        List<String> productIds,
        Instant occurredAt)
        implements FairEvent {

    public ActivityScheduled {
        producerIds = producerIds == null ? List.of() : List.copyOf(producerIds);
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    /** @param platform TIKTOK, FACEBOOK, SHOPEE, YOUTUBE or OTHER */
    public record Livestream(String platform, String host, String url) {}
}
