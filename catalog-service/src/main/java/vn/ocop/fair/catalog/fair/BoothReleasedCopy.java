package vn.ocop.fair.catalog.fair;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import vn.ocop.fair.support.events.UnreadableEvent;

/** catalog's trimmed copy of event-service's {@code BoothReleased} (the reason is not read). */
@JsonIgnoreProperties(ignoreUnknown = true)
record BoothReleasedCopy(String fairId, String boothCode, String producerId, Instant occurredAt) {

    /** The release this event makes, or why the event cannot be used. */
    BoothRelease toRelease() {
        if (BoothAssignedCopy.blank(fairId) || BoothAssignedCopy.blank(boothCode) || occurredAt == null) {
            throw new UnreadableEvent("BoothReleased needs fairId, boothCode and occurredAt");
        }
        return new BoothRelease(fairId, boothCode, producerId, occurredAt);
    }
}
