package vn.ocop.fair.notification.fair;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * notification-service's trimmed copy of every event on {@code ocop.fairs.v1}: the fair snapshot of
 * the lifecycle events, and the fields of booth, application, activity and promotion events it
 * shows; each null when an event type does not carry it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record FairCopy(
        String fairId,
        Long version,
        Instant occurredAt,
        String reason,
        Snapshot fair,
        String assignmentId,
        String boothCode,
        String zone,
        String producerId,
        List<String> productIds,
        String fairName,
        LocalDate startsOn,
        LocalDate endsOn,
        String applicationId,
        List<String> boothPreferences,
        String decision,
        Integer waitlistPosition,
        String activityId,
        String kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        Livestream livestream,
        List<String> producerIds,
        Promotion promotion,
        String promotionId) {

    FairCopy {
        productIds = productIds == null ? List.of() : productIds;
        producerIds = producerIds == null ? List.of() : producerIds;
        boothPreferences = boothPreferences == null ? List.of() : boothPreferences;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(
            String name,
            Venue venue,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalTime opensAt,
            LocalTime closesAt,
            String status,
            String organiserId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Venue(String name, String address, String commune, String province) {

        String oneLine() {
            return String.join(
                    ", ",
                    java.util.stream.Stream.of(name, address, commune, province)
                            .filter(s -> s != null && !s.isBlank())
                            .toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Livestream(String platform, String host, String url) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Promotion(String id, String name, String kind, Instant validFrom, Instant validUntil, FlashDeal flashDeal) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FlashDeal(String activityId, String productId, Long dealPriceVnd, Integer units, Integer perBuyerCap) {}

    FairCopy require() {
        if (fairId == null || fairId.isBlank()) {
            throw new UnreadableEvent("a fair event needs its fairId");
        }
        return this;
    }

    Snapshot requireSnapshot() {
        if (fair == null) {
            throw new UnreadableEvent("a fair lifecycle event needs its fair snapshot");
        }
        return fair;
    }
}
