package vn.ocop.fair.event.fair.events;

import java.time.Instant;
import java.util.List;

/**
 * A producer applied to exhibit at the fair with these products; the organiser decides.
 *
 * @param boothPreferences booth codes the producer would like, most wanted first
 */
public record ExhibitorApplied(
        String fairId,
        String applicationId,
        String producerId,
        List<String> productIds,
        List<String> boothPreferences,
        String fairName,
        String organiserId,
        Instant occurredAt)
        implements FairEvent {

    public ExhibitorApplied {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        boothPreferences = boothPreferences == null ? List.of() : List.copyOf(boothPreferences);
    }
}
