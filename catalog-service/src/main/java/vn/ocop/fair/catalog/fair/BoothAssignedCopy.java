package vn.ocop.fair.catalog.fair;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.fair.support.events.UnreadableEvent;

/**
 * catalog's trimmed copy of event-service's {@code BoothAssigned} (the booth's zone is not read).
 * Fields it does not read are ignored, so event-service may add fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BoothAssignedCopy(
        String fairId,
        String boothCode,
        String producerId,
        List<String> productIds,
        String fairName,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant occurredAt) {

    /** The assignment this event makes, or why the event cannot be used. */
    BoothAssignment toAssignment() {
        if (blank(fairId) || blank(boothCode) || blank(producerId) || occurredAt == null) {
            throw new UnreadableEvent("BoothAssigned needs fairId, boothCode, producerId and occurredAt");
        }
        if (productIds == null || productIds.stream().anyMatch(BoothAssignedCopy::blank)) {
            throw new UnreadableEvent("BoothAssigned of booth " + boothCode + " needs a list of product ids");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new UnreadableEvent("BoothAssigned of fair " + fairId + " needs startsOn <= endsOn");
        }
        return new BoothAssignment(
                new FairStand(fairId, boothCode, fairName, startsOn, endsOn), producerId, productIds, occurredAt);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
