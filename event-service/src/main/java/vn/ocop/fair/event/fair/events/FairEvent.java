package vn.ocop.fair.event.fair.events;

import java.time.Instant;

/**
 * An event about one fair, on {@code ocop.fairs.v1} keyed by fair id, so one fair's events stay in
 * order. Published as CloudEvents in Kafka binary mode; the record is the JSON payload.
 */
public sealed interface FairEvent
        permits FairScheduled,
                FairPublished,
                FairOpened,
                FairClosed,
                FairCancelled,
                BoothAssigned,
                BoothReleased,
                ExhibitorApplied,
                ExhibitorApplicationDecided,
                ActivityScheduled,
                PromotionAnnounced,
                PromotionWithdrawn {

    String TOPIC = "ocop.fairs.v1";

    String fairId();

    Instant occurredAt();

    /** The CloudEvents type: {@code vn.ocop.fair.event.<EventName>.v1}. */
    default String cloudEventType() {
        return "vn.ocop.fair.event." + getClass().getSimpleName() + ".v1";
    }
}
